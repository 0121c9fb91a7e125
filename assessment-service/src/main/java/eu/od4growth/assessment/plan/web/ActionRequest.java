package eu.od4growth.assessment.plan.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.model.PlanAction;
import eu.od4growth.assessment.plan.model.Risk;

/** One line of the action table; its status changes only through start, complete and drop. */
@Schema(name = "ActionRequest", description = "One line of an organisation's action plan, as created or replaced: what is done, by whom, when, its risk and progress. Its status changes only through the start, complete and drop actions")
public record ActionRequest(
        @Schema(description = "Id of the objective it serves, of the same organization") UUID objective,
        @NotBlank @Size(max = 200) @Schema(examples = "Publish the budget as open data") String title,
        @NotBlank @Size(max = 200) @Schema(description = "A name or a role, not necessarily a user", examples = "Chief data officer") String responsible,
        @NotNull @Schema(examples = "2026-10-01") LocalDate startsOn,
        @NotNull @Schema(description = "Not before startsOn", examples = "2027-03-31") LocalDate endsOn,
        @NotNull Risk risk,
        @Min(0) @Max(100) @Schema(description = "Percent done (0 to 100)", examples = "20") Integer progress) {

    PlanAction.Details details() {
        return new PlanAction.Details(objective, title, responsible, startsOn, endsOn, risk,
                progress == null ? 0 : progress);
    }
}
