package eu.od4growth.assessment.maturity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What "not applicable" does to a question, as in ODM, where it is not neutral. */
@Schema(description = "What a \"not applicable\" answer does to a question: NOT_ALLOWED (it is no answer), FULL_CREDIT (earns the whole weight) or EXCLUDED (the question leaves the maximum)")
public enum NotApplicableRule {
    /** "Not applicable" is not an answer to this question. */
    NOT_ALLOWED,
    /** "Not applicable" earns the whole weight (ODM does so on about fifteen questions). */
    FULL_CREDIT,
    /** "Not applicable" takes the question out of the maximum: it neither earns nor costs points. */
    EXCLUDED
}
