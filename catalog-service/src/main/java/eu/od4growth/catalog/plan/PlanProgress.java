package eu.od4growth.catalog.plan;

import java.time.LocalDate;

/** Where a planned dataset stands: published (done), not yet but before its target date, or past it. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PlanItemProgress", description = "DONE once the linked dataset is published, LATE after the target date, else ON_TIME")
public enum PlanProgress {
    DONE,
    ON_TIME,
    LATE;

    /** Done once its dataset is published; late from the day after its target date; on time before. */
    public static PlanProgress of(LocalDate target, boolean published, LocalDate today) {
        if (published) {
            return DONE;
        }
        return today.isAfter(target) ? LATE : ON_TIME;
    }
}
