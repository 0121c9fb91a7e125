package eu.od4growth.assessment.plan.application;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.model.Objective;

/** An objective with the outcome of the organisation's next assessment, if there is one yet. */
public record Tracked(Objective objective, String modelCode, Outcome outcome) {

    /** What the next submitted assessment reached in the objective's dimension. */
    @Schema(name = "ObjectiveOutcome")
    public record Outcome(UUID assessment, Instant submittedAt, Double percentage, String level, boolean reached) {
    }
}
