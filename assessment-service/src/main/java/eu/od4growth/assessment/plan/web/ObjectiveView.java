package eu.od4growth.assessment.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.application.Tracked;
import eu.od4growth.assessment.plan.model.Objective;

/** An objective and, once the organisation submitted its next assessment of the model family, whether it was reached. */
@Schema(name = "Objective")
public record ObjectiveView(UUID id, String organization, UUID model, String modelCode,
        @Schema(description = "The baseline assessment, if any") UUID assessment, String dimension,
        Double targetPercentage, String targetLevel, LocalDate dueOn, String description,
        @Schema(description = "The next submitted assessment after the baseline (or after the objective was set) and what it reached; absent until there is one") Tracked.Outcome outcome,
        Instant createdAt, Instant updatedAt) {

    static ObjectiveView of(Tracked tracked) {
        Objective o = tracked.objective();
        return new ObjectiveView(o.id(), o.ownerOrganisation(), o.modelId(), tracked.modelCode(), o.assessmentId(),
                o.dimension(), o.targetPercentage(), o.targetLevel(), o.dueOn(), o.description(), tracked.outcome(),
                o.createdAt(), o.updatedAt());
    }
}
