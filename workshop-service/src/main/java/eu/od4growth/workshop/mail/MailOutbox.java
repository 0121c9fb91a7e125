package eu.od4growth.workshop.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import eu.od4growth.common.logging.LogMasks;
import eu.od4growth.workshop.config.WorkshopConfig;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;

/**
 * The outbox: {@link #post} writes a mail in the caller's transaction, so it exists exactly when the change it
 * reports was committed; {@link #drain} sends what is due and records it. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work and never send one mail twice. A failed attempt is
 * logged and recorded without the recipient's address ({@link #failure}).
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    /** Business metric od4g_mails_total{kind, result}: mails sent and failed attempts. */
    static final String MAILS = "od4g.mails";

    private final EntityManager entities;
    private final MailComposer composer;
    private final Mailer mailer;
    private final Clock clock;
    private final WorkshopConfig config;

    MailOutbox(EntityManager entities, MailComposer composer, Mailer mailer, Clock clock, WorkshopConfig config) {
        this.entities = entities;
        this.composer = composer;
        this.mailer = mailer;
        this.clock = clock;
        this.config = config;
    }

    /** Writes the mail into the outbox, in the transaction of the change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void post(Letter letter) {
        if (letter.to() == null || letter.to().isBlank()) {
            return;
        }
        entities.persist(new OutboxMail(letter, composer.write(letter), clock.instant()));
    }

    @Scheduled(identity = "mail-outbox", every = "${od4g.workshop.mail.drain-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDrain() {
        drain();
    }

    /** Sends the mails that are due, at most one batch; answers how many were sent. */
    @Transactional
    public int drain() {
        @SuppressWarnings("unchecked")
        List<UUID> due = entities
                .createNativeQuery("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= :now"
                        + " ORDER BY created_at LIMIT :batch FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("now", clock.instant()).setParameter("batch", config.mail().batch()).getResultList();
        int sent = 0;
        for (UUID id : due) {
            OutboxMail mail = entities.find(OutboxMail.class, id);
            try {
                mailer.send(withAttachments(Mail.withText(mail.recipient, mail.subject, mail.textBody)
                        .setHtml(mail.htmlBody), mail.attachments));
                mail.sent(clock.instant());
                Metrics.counter(MAILS, "kind", String.valueOf(mail.kind), "result", "sent").increment();
                sent++;
            } catch (RuntimeException e) {
                String failure = failure(e);
                LOG.warnf("Mail %s (%s) not sent, attempt %d: %s", mail.id, mail.kind, mail.attempts + 1, failure);
                mail.failed(failure, clock.instant());
                Metrics.counter(MAILS, "kind", String.valueOf(mail.kind), "result", "failed").increment();
            }
        }
        return sent;
    }

    /**
     * What an operator needs to know of a failed attempt, without the recipient: the exception's class, the SMTP reply
     * code when the server answered, and its words with any e-mail address masked (servers quote the rejected
     * recipient: {@code 550 5.1.1 <jane@example.org>: Recipient address rejected}).
     */
    static String failure(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof SMTPException)) {
            cause = cause.getCause();
        }
        StringBuilder failure = new StringBuilder(cause.getClass().getName());
        if (cause instanceof SMTPException) {
            failure.append(" (SMTP ").append(((SMTPException) cause).getReplyCode()).append(')');
        }
        if (cause.getMessage() != null) {
            failure.append(": ").append(LogMasks.maskEmails(cause.getMessage()));
        }
        return failure.toString();
    }

    private static Mail withAttachments(Mail mail, List<Attachment> attachments) {
        for (Attachment attachment : attachments == null ? List.<Attachment> of() : attachments) {
            if (attachment.inlineId() == null) {
                mail.addAttachment(attachment.name(), attachment.content(), attachment.contentType());
            } else {
                mail.addInlineAttachment(attachment.name(), attachment.content(), attachment.contentType(),
                        "<" + attachment.inlineId() + ">");
            }
        }
        return mail;
    }
}
