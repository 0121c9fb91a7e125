package eu.od4growth.assessment.plan.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an action is. */
@Schema(description = "Where an action of an action plan is: PLANNED (not started), IN_PROGRESS, DONE, or DROPPED (abandoned)")
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED
}
