package eu.od4growth.catalog.plan;

/** How urgent opening a planned dataset is. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
