package eu.od4growth.assessment.plan.model;

/** What moves an action: it is started, completed, or dropped before it is done. */
public enum ActionTransition {
    START,
    COMPLETE,
    DROP
}
