package eu.od4growth.assessment.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.model.ActionStatus;
import eu.od4growth.assessment.plan.model.PlanAction;
import eu.od4growth.assessment.plan.model.Risk;

/** An action of a plan, with whether it is overdue today. */
@Schema(name = "PlanAction", description = "An action of an organisation's action plan, serving an objective (its id; absent when none), with whether it is overdue today (end date passed, neither done nor dropped)")
public record ActionView(UUID id,
        @Schema(description = "Slug of the organization whose plan it is", examples = "grand-est") String organization,
        UUID objective,
        @Schema(examples = "Publish the budget as open data") String title,
        @Schema(description = "A name or a role, not necessarily a user", examples = "Chief data officer") String responsible,
        LocalDate startsOn, LocalDate endsOn, Risk risk, ActionStatus status,
        @Schema(description = "Percent done (0 to 100)", examples = "20") int progress,
        @Schema(description = "Its end has passed and it is neither done nor dropped") boolean overdue,
        Instant createdAt, Instant updatedAt) {

    static ActionView of(PlanAction a, LocalDate today) {
        return new ActionView(a.id(), a.ownerOrganisation(), a.objectiveId(), a.title(), a.responsible(), a.startsOn(),
                a.endsOn(), a.risk(), a.status(), a.progress(), a.overdue(today), a.createdAt(), a.updatedAt());
    }
}
