package eu.od4growth.assessment.plan.model;

/** How much an action's failure would cost, as the deck's table rates it; declared highest first (list order). */
public enum Risk {
    HIGH,
    MEDIUM,
    LOW
}
