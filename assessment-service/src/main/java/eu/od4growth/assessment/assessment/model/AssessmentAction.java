package eu.od4growth.assessment.assessment.model;

/** What moves an assessment: a respondent submits it, a coordinator reopens it. */
public enum AssessmentAction {
    SUBMIT,
    REOPEN
}
