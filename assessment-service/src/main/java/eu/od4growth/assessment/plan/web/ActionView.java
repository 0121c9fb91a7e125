package eu.od4growth.assessment.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.plan.model.ActionStatus;
import eu.od4growth.assessment.plan.model.PlanAction;
import eu.od4growth.assessment.plan.model.Risk;

/** An action of a plan, with whether it is overdue today. */
@Schema(name = "PlanAction")
public record ActionView(UUID id, String organization, UUID objective, String title, String responsible,
        LocalDate startsOn, LocalDate endsOn, Risk risk, ActionStatus status, int progress,
        @Schema(description = "Its end has passed and it is neither done nor dropped") boolean overdue,
        Instant createdAt, Instant updatedAt) {

    static ActionView of(PlanAction a, LocalDate today) {
        return new ActionView(a.id(), a.ownerOrganisation(), a.objectiveId(), a.title(), a.responsible(), a.startsOn(),
                a.endsOn(), a.risk(), a.status(), a.progress(), a.overdue(today), a.createdAt(), a.updatedAt());
    }
}
