package eu.od4growth.workshop.registration;

import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.workshop.registration.model.Registration;
import eu.od4growth.workshop.registration.model.RegistrationAction;
import eu.od4growth.workshop.registration.model.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registration's state machine, without Quarkus. */
class RegistrationLifecycleTest {

    private static final Set<RegistrationStatus> FINAL = Set.of(RegistrationStatus.DECLINED, RegistrationStatus.EXPIRED,
            RegistrationStatus.CANCELLED);

    @Test
    void aRegistrationWaitsUntilConfirmedOrOffered() {
        assertThat(Registration.LIFECYCLE.initial()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(Registration.LIFECYCLE.next(RegistrationStatus.WAITING, RegistrationAction.CONFIRM))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(Registration.LIFECYCLE.next(RegistrationStatus.WAITING, RegistrationAction.OFFER))
                .isEqualTo(RegistrationStatus.OFFERED);
    }

    @Test
    void anOfferIsAcceptedDeclinedOrExpires() {
        assertThat(Registration.LIFECYCLE.next(RegistrationStatus.OFFERED, RegistrationAction.ACCEPT))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(Registration.LIFECYCLE.next(RegistrationStatus.OFFERED, RegistrationAction.DECLINE))
                .isEqualTo(RegistrationStatus.DECLINED);
        assertThat(Registration.LIFECYCLE.next(RegistrationStatus.OFFERED, RegistrationAction.EXPIRE))
                .isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(Registration.LIFECYCLE.allowedFrom(RegistrationAction.ACCEPT)).containsExactly(RegistrationStatus.OFFERED);
    }

    @Test
    void liveRegistrationsCancelOrMoveAndFinalOnesNeverChange() {
        for (RegistrationStatus live : RegistrationStatus.LIVE) {
            assertThat(Registration.LIFECYCLE.next(live, RegistrationAction.CANCEL)).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(Registration.LIFECYCLE.next(live, RegistrationAction.MOVE)).isEqualTo(RegistrationStatus.WAITING);
        }
        for (RegistrationStatus done : FINAL) {
            for (RegistrationAction action : RegistrationAction.values()) {
                assertThatThrownBy(() -> Registration.LIFECYCLE.next(done, action))
                        .isInstanceOf(ProblemException.class);
            }
        }
    }

    @Test
    void onlyConfirmedAndOfferedHoldAPlace() {
        assertThat(RegistrationStatus.HOLDING_A_PLACE).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED,
                RegistrationStatus.OFFERED);
    }
}
