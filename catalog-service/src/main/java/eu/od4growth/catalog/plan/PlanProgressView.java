package eu.od4growth.catalog.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The progress of an organisation's publication plan, as the public reads it. */
@Schema(name = "PlanProgress", description = "Progress of an organization's publication plan")
public record PlanProgressView(@Schema(examples = "grand-est") String organization,
        @Schema(description = "Planned datasets", examples = "8") long planned,
        @Schema(description = "Of which published", examples = "3") long done,
        @Schema(description = "Not yet published, target date not passed", examples = "4") long onTime,
        @Schema(description = "Not yet published, target date passed", examples = "1") long late,
        @Schema(description = "done / planned (0..1, two decimals; 0 without a plan)", examples = "0.38") double doneShare) {

    static PlanProgressView of(String organization, long done, long onTime, long late) {
        long planned = done + onTime + late;
        return new PlanProgressView(organization, planned, done, onTime, late,
                planned == 0 ? 0 : Math.round((double) done / planned * 100) / 100.0);
    }
}
