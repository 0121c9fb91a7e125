package eu.od4growth.common.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with an input, field by field, for rules that need stored state or walk nested documents and so
 * cannot be Bean Validation annotations: the client learns everything in one 400 {@code /problems/validation}.
 */
public final class Violations {

    private final List<Problem.Violation> found = new ArrayList<>();

    /** The refusal of one field. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Problem.Violation(field, message)));
    }

    /** The refusal of several fields. */
    public static InvalidInputException of(List<Problem.Violation> violations) {
        return new InvalidInputException(violations);
    }

    public Violations add(String field, String message) {
        found.add(new Problem.Violation(field, message));
        return this;
    }

    public Violations addAll(List<Problem.Violation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem.Violation> list() {
        return List.copyOf(found);
    }

    /** Refuses the input with a 400 listing every violation, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw of(list());
        }
    }
}
