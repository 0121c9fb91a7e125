package eu.od4growth.assessment.assessment.model;

/** Where an assessment is: answered in parts while a draft, frozen once submitted (until a coordinator reopens it). */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED
}
