package eu.od4growth.workshop.problem;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * Builds the exception that common's problem mapping answers as a 400 {@code /problems/validation} with
 * {@code violations: [{field, message}]}, for rules that need stored state and so cannot be annotations.
 */
public final class Violations {

    private Violations() {
    }

    /** One invalid field. */
    public record Violation(String field, String message) {
    }

    public static ConstraintViolationException of(String field, String message) {
        return of(List.of(new Violation(field, message)));
    }

    public static ConstraintViolationException of(List<Violation> violations) {
        Set<ConstraintViolation<?>> set = new LinkedHashSet<>();
        violations.forEach(v -> set.add(new FieldViolation(v.field(), v.message())));
        return new ConstraintViolationException(violations.size() + " invalid field(s)", set);
    }

    /** A violation whose path is one property node named after the field, as the mapping reports it. */
    private record FieldViolation(String field, String message) implements ConstraintViolation<Object> {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public String getMessageTemplate() {
            return message;
        }

        @Override
        public Object getRootBean() {
            return null;
        }

        @Override
        public Class<Object> getRootBeanClass() {
            return Object.class;
        }

        @Override
        public Object getLeafBean() {
            return null;
        }

        @Override
        public Object[] getExecutableParameters() {
            return new Object[0];
        }

        @Override
        public Object getExecutableReturnValue() {
            return null;
        }

        @Override
        public Path getPropertyPath() {
            return new FieldPath(field);
        }

        @Override
        public Object getInvalidValue() {
            return null;
        }

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return null;
        }

        @Override
        public <U> U unwrap(Class<U> type) {
            throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
        }
    }

    private record FieldPath(String field) implements Path {

        @Override
        public Iterator<Node> iterator() {
            return List.<Node> of(new FieldNode(field)).iterator();
        }

        @Override
        public String toString() {
            return field;
        }
    }

    private record FieldNode(String name) implements Path.Node {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return false;
        }

        @Override
        public Integer getIndex() {
            return null;
        }

        @Override
        public Object getKey() {
            return null;
        }

        @Override
        public ElementKind getKind() {
            return ElementKind.PROPERTY;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }
}
