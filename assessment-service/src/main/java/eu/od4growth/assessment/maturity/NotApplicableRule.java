package eu.od4growth.assessment.maturity;

/** What "not applicable" does to a question, as in ODM, where it is not neutral. */
public enum NotApplicableRule {
    /** "Not applicable" is not an answer to this question. */
    NOT_ALLOWED,
    /** "Not applicable" earns the whole weight (ODM does so on about fifteen questions). */
    FULL_CREDIT,
    /** "Not applicable" takes the question out of the maximum: it neither earns nor costs points. */
    EXCLUDED
}
