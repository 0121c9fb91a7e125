package eu.od4growth.workshop.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.config.WorkshopConfig;
import eu.od4growth.workshop.logging.LogMasks;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail refused by a real SMTP conversation (the server quotes the recipient's address) is logged and recorded with
 * its kind, attempt, exception and reply code, and never with the address.
 */
@QuarkusTest
@ServiceTest
@QuarkusTestResource(RejectingSmtpServer.class)
class MailFailureLogTest {

    @Inject
    EntityManager entities;
    @Inject
    MailComposer composer;
    @Inject
    MailOutbox outbox;
    @Inject
    @MailerName(RejectingSmtpServer.MAILER)
    Mailer rejecting;
    @Inject
    Clock clock;
    @Inject
    WorkshopConfig config;

    private final String organisation = Fixtures.organisation();
    private final String coordinator = Tokens.of("coordinator-" + organisation, organisation, "coordinator");

    /** Every log record of every logger, as it would be written (message, parameters, exceptions). */
    private static final class Captured extends Handler {
        final List<String> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(record.getLoggerName()).append(' ').append(record.getMessage());
            if (record instanceof ExtLogRecord) {
                text.append(' ').append(((ExtLogRecord) record).getFormattedMessage());
            }
            for (Object parameter : record.getParameters() == null ? new Object[0] : record.getParameters()) {
                text.append(' ').append(parameter);
            }
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                text.append(' ').append(thrown);
            }
            records.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aRecipientRejectedByTheServerIsNeverNamedInTheLog() {
        String user = "rejected-" + UUID.randomUUID().toString().substring(0, 8);
        String address = Participants.email(user);
        String session = Fixtures.session(coordinator, Fixtures.publishedEvent(coordinator), 5);
        while (outbox.drain() > 0) {
            // every mail written so far goes to the mock mailbox, so only this test's mail is due below
        }
        given().auth().oauth2(Participants.token(user, "some-org", "en")).contentType(ContentType.JSON)
                .body("{\"session\": \"" + session + "\", \"answers\": {\"organisation-type\": \"city\"}}")
                .post("/api/registrations").then()
                .statusCode(201);

        Captured captured = new Captured();
        captured.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        try {
            MailOutbox refused = new MailOutbox(entities, composer, rejecting, clock, config);
            assertThat(QuarkusTransaction.requiringNew().call(refused::drain)).isZero();
        } finally {
            root.removeHandler(captured);
        }

        assertThat(RejectingSmtpServer.RECIPIENTS).contains("<" + address + ">");
        List<String> failures = captured.records.stream().filter(r -> r.startsWith(MailOutbox.class.getName()))
                .toList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).contains("CONFIRMATION", "attempt 1", "SMTPException", "SMTP 550",
                "<" + LogMasks.MASK + ">: Recipient address rejected");
        assertThat(captured.records).noneMatch(r -> r.contains(address) || r.contains(user));
        String recorded = QuarkusTransaction.requiringNew().call(() -> (String) entities
                .createNativeQuery("SELECT last_error FROM mail_outbox WHERE recipient = :to")
                .setParameter("to", address).getSingleResult());
        assertThat(recorded).contains("SMTP 550").doesNotContain(address);
    }
}
