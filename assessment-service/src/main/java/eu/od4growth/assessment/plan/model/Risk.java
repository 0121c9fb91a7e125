package eu.od4growth.assessment.plan.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much an action's failure would cost, as the deck's table rates it; declared highest first (list order). */
@Schema(description = "How much the failure of an action would cost the plan: HIGH, MEDIUM or LOW")
public enum Risk {
    HIGH,
    MEDIUM,
    LOW
}
