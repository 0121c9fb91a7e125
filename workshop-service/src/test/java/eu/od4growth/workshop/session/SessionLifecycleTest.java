package eu.od4growth.workshop.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's state machine, without Quarkus. */
class SessionLifecycleTest {

    @Test
    void registrationClosesAndReopensUntilTheSessionIsCancelled() {
        assertThat(Session.LIFECYCLE.initial()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(Session.LIFECYCLE.next(SessionStatus.SCHEDULED, SessionAction.CLOSE_REGISTRATION))
                .isEqualTo(SessionStatus.CLOSED);
        assertThat(Session.LIFECYCLE.next(SessionStatus.CLOSED, SessionAction.REOPEN_REGISTRATION))
                .isEqualTo(SessionStatus.SCHEDULED);
        assertThat(Session.LIFECYCLE.allowedFrom(SessionAction.CANCEL))
                .containsExactlyInAnyOrder(SessionStatus.SCHEDULED, SessionStatus.CLOSED);
        for (SessionAction action : SessionAction.values()) {
            assertThat(Session.LIFECYCLE.allows(SessionStatus.CANCELLED, action)).isFalse();
        }
        assertThat(Session.LIFECYCLE.allows(SessionStatus.SCHEDULED, SessionAction.REOPEN_REGISTRATION)).isFalse();
    }
}
