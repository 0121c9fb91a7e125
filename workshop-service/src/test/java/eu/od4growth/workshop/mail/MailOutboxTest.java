package eu.od4growth.workshop.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import eu.od4growth.common.logging.LogMasks;
import eu.od4growth.testing.ServiceTest;
import eu.od4growth.testing.Tokens;
import eu.od4growth.workshop.Fixtures;
import eu.od4growth.workshop.Participants;
import eu.od4growth.workshop.Replicas;
import eu.od4growth.workshop.config.WorkshopConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's drain with other mailers than the mock: a mail refused by a real SMTP conversation (the server quotes
 * the recipient's address) is logged and recorded with its kind, attempt, exception and reply code, and never with the
 * address; two replicas draining at the same moment (rows claimed with {@code FOR UPDATE SKIP LOCKED}) send each mail
 * once and every one.
 */
@QuarkusTest
@ServiceTest
@QuarkusTestResource(RejectingSmtpServer.class)
class MailOutboxTest {

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

    private static final int MAILS = 180;

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

    @Test
    void twoDrainsAtOnceSendEachMailOnce() throws Exception {
        while (outbox.drain() > 0) {
            // what other tests left goes first, so that only this test's mails are due below
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("""
                INSERT INTO mail_outbox (id, kind, recipient, language, subject, text_body, html_body, created_at,
                                         next_attempt_at)
                SELECT gen_random_uuid(), 'CONFIRMATION', 'drained-' || :run || '-' || n || '@example.org', 'en',
                       'Subject ' || n, 'Text', '<p>Text</p>', :now, :now
                FROM generate_series(1, :mails) AS n""").setParameter("run", run).setParameter("now", clock.instant())
                .setParameter("mails", MAILS).executeUpdate());
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        Mailer smtp = mails -> {
            for (Mail mail : mails) {
                mail.getTo().forEach(to -> received.computeIfAbsent(to, t -> new AtomicInteger()).incrementAndGet());
            }
        };

        List<Integer> sent = Replicas.runTwoAtOnce(() -> {
            MailOutbox replica = new MailOutbox(entities, composer, smtp, clock, config);
            int total = 0;
            for (int batch = QuarkusTransaction.requiringNew().call(replica::drain); batch > 0; batch = QuarkusTransaction
                    .requiringNew().call(replica::drain)) {
                total += batch;
            }
            return total;
        });

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(MAILS);
        assertThat(received).hasSize(MAILS);
        Collection<AtomicInteger> counts = received.values();
        assertThat(counts).allMatch(count -> count.get() == 1);
        long unsent = QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("SELECT count(*) FROM mail_outbox WHERE recipient LIKE :mine AND sent_at IS NULL")
                .setParameter("mine", "drained-" + run + "-%").getSingleResult()).longValue());
        assertThat(unsent).isZero();
    }
}
