package eu.od4growth.assessment.maturity;

import java.util.ArrayList;
import java.util.List;

import eu.od4growth.common.problem.Problem;

/** Collects what is wrong with an input, field by field, so that a client learns everything in one 400. */
public final class Violations {

    private final List<Problem.Violation> found = new ArrayList<>();

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
            throw new InvalidInputException(list());
        }
    }
}
