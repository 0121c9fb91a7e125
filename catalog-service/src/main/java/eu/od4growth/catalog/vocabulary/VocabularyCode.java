package eu.od4growth.catalog.vocabulary;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.quarkus.arc.Arc;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A code of one of the catalogue's controlled vocabularies (null is valid): an unknown code is a 400 that names the
 * field and where the known codes are listed.
 */
@Documented
@Constraint(validatedBy = VocabularyCode.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface VocabularyCode {

    Vocabulary value();

    String message() default "is not a code of this vocabulary";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the code up in the vocabularies read from the database. */
    class Validator implements ConstraintValidator<VocabularyCode, String> {

        private Vocabulary vocabulary;

        @Override
        public void initialize(VocabularyCode annotation) {
            vocabulary = annotation.value();
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null || Arc.container().instance(Vocabularies.class).get().contains(vocabulary, code)) {
                return true;
            }
            String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(("'" + shown + "' is not a code of the " + vocabulary.path()
                    + " vocabulary (see /api/catalog/vocabularies/" + vocabulary.path() + ")")
                    .replace("\\", "\\\\").replace("{", "\\{").replace("$", "\\$")).addConstraintViolation();
            return false;
        }
    }
}
