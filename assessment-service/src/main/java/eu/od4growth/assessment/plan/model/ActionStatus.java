package eu.od4growth.assessment.plan.model;

/** Where an action is. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED
}
