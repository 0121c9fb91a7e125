package eu.od4growth.assessment.maturity;

/** The identifiers that authors give to the parts of a model (dimension, question, option and level codes). */
public final class Codes {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,62}";
    public static final String MESSAGE = "must be 1 to 63 letters, digits, dots, dashes or underscores";

    private Codes() {
    }
}
