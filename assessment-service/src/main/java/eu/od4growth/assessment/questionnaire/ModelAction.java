package eu.od4growth.assessment.questionnaire;

/** What a coordinator does to a model's status: publishing freezes it for good. */
public enum ModelAction {
    PUBLISH
}
