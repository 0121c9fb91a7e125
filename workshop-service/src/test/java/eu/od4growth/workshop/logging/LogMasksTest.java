package eu.od4growth.workshop.logging;

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
    void textWithoutAnAddressIsLeftAlone() {
        assertThat(LogMasks.maskEmails(null)).isNull();
        assertThat(LogMasks.maskEmails("Connection refused: 127.0.0.1/127.0.0.1:3025"))
                .isEqualTo("Connection refused: 127.0.0.1/127.0.0.1:3025");
        assertThat(LogMasks.maskEmails("an @ alone, or a trailing one@")).isEqualTo("an @ alone, or a trailing one@");
    }
}
