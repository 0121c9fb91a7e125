package eu.od4growth.assessment.questionnaire;

/** Where a questionnaire model is in its life: only published models can be answered, and they never change. */
public enum ModelStatus {
    DRAFT,
    PUBLISHED
}
