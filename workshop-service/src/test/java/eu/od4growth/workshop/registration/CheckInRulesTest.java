package eu.od4growth.workshop.registration;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.workshop.registration.model.CheckInCode;
import eu.od4growth.workshop.registration.model.Participant;
import eu.od4growth.workshop.registration.model.Registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check-in codes and the check-in and feedback rules of a registration, without Quarkus. */
class CheckInRulesTest {

    private static final Instant NOW = Instant.parse("2031-02-09T09:00:00Z");

    private static Registration waiting() {
        return Registration.join(null, new Participant("ana", "Ana", "ana@example.org", "fr", null), Map.of(), 1, "ana");
    }

    @Test
    void codesAreEightCharactersWithoutLookAlikesReadInAnyCase() {
        String code = CheckInCode.next();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{8}");
        assertThat(CheckInCode.shown(code)).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(CheckInCode.normalise(" " + CheckInCode.shown(code).toLowerCase() + " ")).isEqualTo(code);
        assertThat(CheckInCode.normalise("ab-cd")).isNull();
        assertThat(CheckInCode.normalise("ABCD-EFG!")).isNull();
        assertThat(waiting().checkinCode()).hasSize(8);
    }

    @Test
    void onlyAConfirmedPlaceIsCheckedInOnceAndTheUndoClearsIt() {
        Registration registration = waiting();
        assertThatThrownBy(() -> registration.checkIn(NOW, "coordinator")).isInstanceOf(ProblemException.class);
        registration.confirm();
        assertThat(registration.checkIn(NOW, "coordinator")).isTrue();
        assertThat(registration.checkIn(NOW.plusSeconds(60), "coordinator")).isFalse();
        assertThat(registration.checkedInAt()).isEqualTo(NOW);
        assertThat(registration.undoCheckIn()).isTrue();
        assertThat(registration.undoCheckIn()).isFalse();
        assertThat(registration.checkedInAt()).isNull();
    }

    @Test
    void aCancellationClearsTheCheckInAndFeedbackIsGivenOnce() {
        Registration registration = waiting();
        registration.confirm();
        registration.checkIn(NOW, "coordinator");
        registration.recordFeedback(NOW);
        assertThatThrownBy(() -> registration.recordFeedback(NOW)).isInstanceOf(ProblemException.class);
        registration.cancel(true);
        assertThat(registration.checkedInAt()).isNull();
    }
}
