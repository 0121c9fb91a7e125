package eu.od4growth.assessment.plan.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.workflow.StateMachine;

/**
 * One line of the deck's action table: what, who is responsible (a name or a role, not necessarily a user), from
 * when to when, at which risk, how far. Planned, started, completed or dropped through explicit actions.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction extends OwnedRecord {

    public static final StateMachine<ActionStatus, ActionTransition> LIFECYCLE = StateMachine
            .of("action", ActionStatus.PLANNED, ActionTransition.class)
            .on(ActionTransition.START, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
            .on(ActionTransition.COMPLETE, EnumSet.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS), ActionStatus.DONE)
            .on(ActionTransition.DROP, EnumSet.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS), ActionStatus.DROPPED)
            .build();

    @Column(name = "objective_id")
    private UUID objectiveId;
    private String title;
    private String responsible;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    private Risk risk;
    @Column(name = "risk_rank")
    private short riskRank;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private short progress;

    protected PlanAction() {
        // for Hibernate
    }

    private PlanAction(String owner, String author) {
        super(owner, author);
        status = LIFECYCLE.initial();
    }

    public static PlanAction plan(Details details, String owner, String author) {
        PlanAction action = new PlanAction(owner, author);
        action.apply(details);
        return action;
    }

    /** Changes what an action is; a done or dropped action changes no more. */
    public void revise(Details details) {
        if (status == ActionStatus.DONE || status == ActionStatus.DROPPED) {
            throw ProblemException.conflict("This action is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + ": it changes no more");
        }
        apply(details);
    }

    public void perform(ActionTransition transition) {
        status = LIFECYCLE.next(status, transition);
        if (status == ActionStatus.DONE) {
            progress = 100;
        }
        touch();
    }

    /** An action is overdue when its end has passed and it is neither done nor dropped. */
    public boolean overdue(LocalDate today) {
        return today.isAfter(endsOn) && (status == ActionStatus.PLANNED || status == ActionStatus.IN_PROGRESS);
    }

    @Override
    public boolean isPublic() {
        return false;
    }

    private void apply(Details details) {
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            new Violations().add("endsOn", "must not be before startsOn (" + details.startsOn() + ")").throwIfAny();
        }
        objectiveId = details.objective();
        title = details.title();
        responsible = details.responsible();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        risk = details.risk();
        riskRank = (short) risk.ordinal();
        progress = (short) details.progress();
        touch();
    }

    public UUID objectiveId() {
        return objectiveId;
    }

    public String title() {
        return title;
    }

    public String responsible() {
        return responsible;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Risk risk() {
        return risk;
    }

    public ActionStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    /** What a coordinator decides about an action. */
    public record Details(UUID objective, String title, String responsible, LocalDate startsOn, LocalDate endsOn,
            Risk risk, int progress) {
    }
}
