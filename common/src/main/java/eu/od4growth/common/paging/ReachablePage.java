package eu.od4growth.common.paging;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A page index a list can reach: at most {@link #MAX} (a million pages of the largest size), so that the offset page ×
 * size never overflows (page=2147483647 was a 500). A custom constraint rather than {@code @Max}: the published
 * contracts keep their range, and the 400 they declare covers it.
 */
@Documented
@Constraint(validatedBy = ReachablePage.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface ReachablePage {

    int MAX = 1_000_000;

    String message() default "must be at most " + MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the index; null is left to the other constraints. */
    class Check implements ConstraintValidator<ReachablePage, Integer> {
        @Override
        public boolean isValid(Integer page, ConstraintValidatorContext context) {
            return page == null || page <= MAX;
        }
    }
}
