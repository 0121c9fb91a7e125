package eu.od4growth.assessment.maturity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import eu.od4growth.common.problem.Violations;

/**
 * Bean Validation of a nested document with field names as JSON paths ({@code dimensions[0].questions[2].weight}):
 * the index of a list item belongs before the property that follows it.
 */
public final class Constraints {

    private Constraints() {
    }

    public static Violations check(Validator validator, Object document) {
        Violations violations = new Violations();
        for (ConstraintViolation<Object> violation : validator.validate(document)) {
            violations.add(path(violation.getPropertyPath()), violation.getMessage());
        }
        return violations;
    }

    static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT
                    && node.getKind() != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
