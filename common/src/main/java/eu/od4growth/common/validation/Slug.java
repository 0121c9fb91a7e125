package eu.od4growth.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** A stable, URL-safe identifier chosen by people: 2 to 63 lower-case letters, digits or dashes, not starting with a dash. */
@Documented
@NotNull
@Pattern(regexp = Slug.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Slug {

    String PATTERN = "[a-z0-9][a-z0-9-]{1,62}";

    String message() default "must be 2 to 63 lower-case letters, digits or dashes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
