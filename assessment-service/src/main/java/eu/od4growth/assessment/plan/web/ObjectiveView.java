package eu.od4growth.assessment.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.application.Tracked;
import eu.od4growth.assessment.plan.model.Objective;

/** An objective and, once the organisation submitted its next assessment of the model family, whether it was reached. */
@Schema(name = "Objective", description = "An objective of an organisation for one dimension of a questionnaire model (its id in model): a target percentage or maturity level to reach by dueOn, and, once the organisation submitted its next assessment of the model family, whether it was reached")
public record ObjectiveView(UUID id,
        @Schema(description = "Slug of the organization whose objective it is", examples = "grand-est") String organization,
        UUID model,
        @Schema(description = "Code of the questionnaire model", examples = "od4g-local-maturity-2026") String modelCode,
        @Schema(description = "The baseline assessment, if any") UUID assessment,
        @Schema(description = "Code of a dimension of the model", examples = "quality") String dimension,
        @Schema(description = "Target percentage of the dimension (0 to 100); absent when targetLevel is given", examples = "60") Double targetPercentage,
        @Schema(description = "Code of the maturity level to reach; absent when targetPercentage is given", examples = "fast-tracker") String targetLevel,
        LocalDate dueOn,
        @Schema(description = "What the objective means for the organization", examples = "Half of our datasets of regional interest rated good or better") String description,
        @Schema(description = "The next submitted assessment after the baseline (or after the objective was set) and what it reached; absent until there is one") Tracked.Outcome outcome,
        Instant createdAt, Instant updatedAt) {

    static ObjectiveView of(Tracked tracked) {
        Objective o = tracked.objective();
        return new ObjectiveView(o.id(), o.ownerOrganisation(), o.modelId(), tracked.modelCode(), o.assessmentId(),
                o.dimension(), o.targetPercentage(), o.targetLevel(), o.dueOn(), o.description(), tracked.outcome(),
                o.createdAt(), o.updatedAt());
    }
}
