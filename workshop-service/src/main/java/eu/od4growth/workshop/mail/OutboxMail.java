package eu.od4growth.workshop.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A written mail waiting in the outbox, and once sent, the record of when. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    MailKind kind;
    @Column(name = "registration_id")
    UUID registrationId;
    String recipient;
    String language;
    String subject;
    @Column(name = "text_body")
    String textBody;
    @Column(name = "html_body")
    String htmlBody;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    int attempts;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "last_error")
    String lastError;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Attachment> attachments;

    protected OutboxMail() {
        // for Hibernate
    }

    OutboxMail(Letter letter, MailComposer.Written written, Instant now) {
        id = UUID.randomUUID();
        kind = letter.kind();
        registrationId = letter.registrationId();
        recipient = letter.to();
        language = letter.language();
        subject = written.subject();
        textBody = written.text();
        htmlBody = written.html();
        createdAt = now;
        nextAttemptAt = now;
        attachments = letter.attachments() == null ? List.of() : List.copyOf(letter.attachments());
    }

    void sent(Instant now) {
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Tries again later, waiting longer after each failure (1, 2, 4 … minutes, at most a day). */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        long minutes = Math.min(1L << Math.min(attempts - 1, 20), 24 * 60);
        nextAttemptAt = now.plusSeconds(60 * minutes);
    }
}
