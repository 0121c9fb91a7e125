package eu.od4growth.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import eu.od4growth.common.i18n.Languages;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A text in several languages ({@code {"fr": "…", "en": "…"}}): keys are partner languages, values are not blank and
 * at most {@link #max()} characters. A null or empty map is valid; add {@code @NotEmpty} where the text is required.
 */
@Documented
@Constraint(validatedBy = MultilingualText.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface MultilingualText {

    String message() default "must map languages (" + Languages.PATTERN + ") to non-blank texts";

    /** Longest text accepted in one language. */
    int max() default 200;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks every language and text, reporting each failure under the field's name with the language it concerns. */
    class Validator implements ConstraintValidator<MultilingualText, Map<String, String>> {

        private static final Pattern LANGUAGE = Pattern.compile(Languages.PATTERN);
        private int max;

        @Override
        public void initialize(MultilingualText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(Map<String, String> text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (Map.Entry<String, String> entry : text.entrySet()) {
                String problem = null;
                if (entry.getKey() == null || !LANGUAGE.matcher(entry.getKey()).matches()) {
                    problem = "'" + entry.getKey() + "' " + Languages.MESSAGE;
                } else if (entry.getValue() == null || entry.getValue().isBlank()) {
                    problem = "the " + entry.getKey() + " text must not be blank";
                } else if (entry.getValue().length() > max) {
                    problem = "the " + entry.getKey() + " text must be at most " + max + " characters";
                }
                if (problem != null) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
