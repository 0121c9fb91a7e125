package eu.od4growth.assessment.plan.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.InvalidInputException;
import eu.od4growth.common.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An action's life cycle, dates and overdue flag, without Quarkus. */
class PlanActionTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);

    private static PlanAction.Details details(LocalDate start, LocalDate end) {
        return new PlanAction.Details(null, "Open the budget", "Chief data officer", start, end, Risk.HIGH, 10);
    }

    @Test
    void anActionIsStartedCompletedOrDroppedAndThenChangesNoMore() {
        assertThat(PlanAction.LIFECYCLE.initial()).isEqualTo(ActionStatus.PLANNED);
        assertThat(PlanAction.LIFECYCLE.next(ActionStatus.PLANNED, ActionTransition.START))
                .isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(PlanAction.LIFECYCLE.allows(ActionStatus.PLANNED, ActionTransition.DROP)).isTrue();
        assertThat(PlanAction.LIFECYCLE.allows(ActionStatus.DONE, ActionTransition.DROP)).isFalse();
        assertThat(PlanAction.LIFECYCLE.allows(ActionStatus.IN_PROGRESS, ActionTransition.START)).isFalse();

        PlanAction action = PlanAction.plan(details(START, END), "grand-est", "coordinator-ge");
        action.perform(ActionTransition.START);
        action.perform(ActionTransition.COMPLETE);
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.progress()).isEqualTo(100);
        assertThatThrownBy(() -> action.revise(details(START, END))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("done");
        assertThatThrownBy(() -> action.perform(ActionTransition.DROP)).isInstanceOf(ProblemException.class);
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingEndsOn() {
        assertThatThrownBy(() -> PlanAction.plan(details(END, START), "grand-est", "c"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("endsOn"));
    }

    @Test
    void anActionIsOverdueOnceItsEndPassedUnlessDoneOrDropped() {
        PlanAction action = PlanAction.plan(details(START, END), "grand-est", "c");
        assertThat(action.overdue(END)).isFalse();
        assertThat(action.overdue(END.plusDays(1))).isTrue();
        action.perform(ActionTransition.DROP);
        assertThat(action.overdue(END.plusDays(1))).isFalse();
    }
}
