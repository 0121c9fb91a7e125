package eu.od4growth.assessment.plan.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.application.ActionPlans;

/** An objective for one dimension: a target percentage or maturity level by a date. */
@Schema(name = "ObjectiveRequest", description = "An objective of the caller's organisation for one dimension of a questionnaire model: a target percentage or maturity level to reach by a date. Give a baseline assessment or a model, and targetPercentage or targetLevel")
public record ObjectiveRequest(
        @Schema(description = "Id of the baseline assessment of the caller's organization; its model is the objective's") UUID assessment,
        @Schema(description = "Id of a published model; required without a baseline assessment") UUID model,
        @NotNull @Size(max = 63) @Schema(description = "Code of a dimension of the model", examples = "quality") String dimension,
        @DecimalMin("0") @DecimalMax("100") @Schema(description = "Target percentage of the dimension (0 to 100); or give targetLevel", examples = "60") Double targetPercentage,
        @Size(max = 63) @Schema(description = "Code of a maturity level of the model to reach; or give targetPercentage", examples = "fast-tracker") String targetLevel,
        @NotNull @Schema(description = "Date by which to reach it", examples = "2027-06-30") LocalDate dueOn,
        @Size(max = 2000) @Schema(description = "What the objective means for the organization") String description) {

    ActionPlans.ObjectiveTerms terms() {
        return new ActionPlans.ObjectiveTerms(dimension, targetPercentage, targetLevel, dueOn, description);
    }
}
