package eu.od4growth.assessment.plan.application;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.model.Objective;

/** An objective with the outcome of the organisation's next assessment, if there is one yet. */
public record Tracked(Objective objective, String modelCode, Outcome outcome) {

    /** What the next submitted assessment reached in the objective's dimension. */
    @Schema(name = "ObjectiveOutcome", description = "What the organisation's next submitted assessment of the model family (id and submission time) reached in the objective's dimension, and whether that meets the target")
    public record Outcome(UUID assessment, Instant submittedAt,
            @Schema(description = "Percentage reached in the dimension (0 to 100)", examples = "64.5") Double percentage,
            @Schema(description = "Code of the maturity level reached in the dimension", examples = "fast-tracker") String level,
            @Schema(description = "Whether the target percentage or level was reached") boolean reached) {
    }
}
