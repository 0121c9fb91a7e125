package eu.od4growth.common.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail addresses in text bound for the log are masked whole; the rest of the text stays readable. */
class LogMasksTest {

    @Test
    void anSmtpServersRejectionKeepsItsWordsButNotTheAddress() {
        assertThat(LogMasks.maskEmails("550 5.1.1 <jane.doe+ws@example.org>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <{e-mail}>: Recipient address rejected");
        assertThat(LogMasks.maskEmails("recipient address not accepted: 550 Mailbox jane@example.org unavailable"))
                .isEqualTo("recipient address not accepted: 550 Mailbox {e-mail} unavailable");
    }

    @Test
    void everyAddressIsMaskedWhateverSurroundsIt() {
        assertThat(LogMasks.maskEmails("to=jane@example.org,bo@example.it;\"Ana Li\"@example.fr (x@y)"))
                .isEqualTo("to={e-mail},{e-mail};{e-mail} ({e-mail})");
        assertThat(LogMasks.maskEmails("/api/persons/jane%40example.org/export"))
                .isEqualTo("/api/persons/{e-mail}/export");
        assertThat(LogMasks.maskEmails("JANE@EXAMPLE.ORG.")).isEqualTo("{e-mail}");
        assertThat(LogMasks.maskEmails("'élodie@exemple.fr'")).isEqualTo("'{e-mail}'");
        assertThat(LogMasks.maskEmails("RCPT TO:<jane@[192.0.2.1]>")).isEqualTo("RCPT TO:<{e-mail}>");
    }

    @Test
    void pathSegmentsHoldingAnAddressOrASecretTokenAreMaskedAndTheRestKept() {
        assertThat(LogMasks.path("/api/persons/jane.doe@example.org/export"))
                .isEqualTo("/api/persons/{masked}/export");
        assertThat(LogMasks.path("/api/persons/jane%40example.org")).isEqualTo("/api/persons/{masked}");
        assertThat(LogMasks.path("/api/registrations/offer-links/eyJyIjoiM2Q0YTFmNjItOGQ2ZS00YjFhLTk3YzAtNWJlMmQxYzBhOWYx"))
                .isEqualTo("/api/registrations/offer-links/{masked}");
        String ordinary = "/api/datasets/3d4a1f62-8d6e-4b1a-97c0-5be2d1c0a9f1/distributions/"
                + "bus-stops-of-the-grand-est-region-2026-with-timetables";
        assertThat(LogMasks.path(ordinary)).isSameAs(ordinary);
        assertThat(LogMasks.path(null)).isNull();
    }

    @Test
    void textWithoutAnAddressIsLeftAlone() {
        assertThat(LogMasks.maskEmails(null)).isNull();
        assertThat(LogMasks.maskEmails("Connection refused: 127.0.0.1/127.0.0.1:3025"))
                .isEqualTo("Connection refused: 127.0.0.1/127.0.0.1:3025");
        assertThat(LogMasks.maskEmails("an @ alone, or a trailing one@")).isEqualTo("an @ alone, or a trailing one@");
    }
}
