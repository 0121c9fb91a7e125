package eu.od4growth.common.problem;

import java.util.List;

/**
 * An input that breaks the rules of the domain, with one violation per bad field: a 400 validation problem. Its
 * own exception (rather than Bean Validation's) because the fields are paths into nested documents and answers.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem.Violation> violations;

    public InvalidInputException(List<Problem.Violation> violations) {
        super(violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
