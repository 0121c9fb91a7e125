package eu.od4growth.catalog.plan;

/** How urgent opening a planned dataset is. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PlanPriority", description = "How urgent opening a planned dataset is")
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
