package eu.od4growth.workshop.event;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event's state machine, without Quarkus: draft → published → cancelled, never back. */
class EventLifecycleTest {

    @Test
    void anEventStartsAsADraft() {
        assertThat(Event.LIFECYCLE.initial()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void aDraftIsPublishedThenCancelled() {
        EventStatus published = Event.LIFECYCLE.next(EventStatus.DRAFT, EventAction.PUBLISH);
        assertThat(published).isEqualTo(EventStatus.PUBLISHED);
        assertThat(Event.LIFECYCLE.next(published, EventAction.CANCEL)).isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void everyOtherTransitionIsAConflict() {
        for (EventStatus status : EventStatus.values()) {
            for (EventAction action : EventAction.values()) {
                boolean allowed = status == EventStatus.DRAFT && action == EventAction.PUBLISH
                        || status == EventStatus.PUBLISHED && action == EventAction.CANCEL;
                assertThat(Event.LIFECYCLE.allows(status, action)).as(status + " " + action).isEqualTo(allowed);
                if (!allowed) {
                    assertThatThrownBy(() -> Event.LIFECYCLE.next(status, action))
                            .isInstanceOfSatisfying(ProblemException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
                }
            }
        }
    }
}
