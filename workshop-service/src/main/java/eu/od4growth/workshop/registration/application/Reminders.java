package eu.od4growth.workshop.registration.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.od4growth.workshop.mail.MailKind;
import eu.od4growth.workshop.registration.model.Registration;
import io.quarkus.scheduler.Scheduled;

/**
 * Reminds confirmed participants before their session, at each of its event's offsets (by default two days and two
 * hours before), with the session's .ics attached. A reminder is due once its moment has come and the session has not
 * started, and only if the person registered before that moment. Due rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and recorded in {@code reminder_sent} (primary key, {@code ON CONFLICT DO NOTHING}) in
 * the mail's transaction, so each goes out once however many replicas run the job, and after a restart.
 */
@ApplicationScoped
public class Reminders {

    static final int BATCH = 100;

    private final EntityManager entities;
    private final RegistrationRepository repository;
    private final Registrations registrations;
    private final Clock clock;

    Reminders(EntityManager entities, RegistrationRepository repository, Registrations registrations, Clock clock) {
        this.entities = entities;
        this.repository = repository;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Scheduled(identity = "reminders", every = "${od4g.workshop.reminders.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        send();
    }

    /** Sends the reminders that are due, at most one batch; answers how many were written to the outbox. */
    @Transactional
    public int send() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = entities.createNativeQuery("SELECT r.id, o.reminder_offset FROM registration r"
                + " JOIN event_session s ON s.id = r.session_id JOIN event e ON e.id = s.event_id"
                + " CROSS JOIN LATERAL unnest(e.reminder_offsets) AS o(reminder_offset)"
                + " WHERE r.status = 'CONFIRMED' AND s.status <> 'CANCELLED' AND e.status = 'PUBLISHED'"
                + " AND s.starts_at > :now AND s.starts_at - CAST(o.reminder_offset AS interval) <= :now"
                + " AND r.created_at < s.starts_at - CAST(o.reminder_offset AS interval)"
                + " AND NOT EXISTS (SELECT 1 FROM reminder_sent x WHERE x.registration_id = r.id"
                + " AND x.reminder_offset = o.reminder_offset)"
                + " ORDER BY s.starts_at LIMIT :batch FOR UPDATE OF r SKIP LOCKED")
                .setParameter("now", now).setParameter("batch", BATCH).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            int claimed = entities.createNativeQuery("INSERT INTO reminder_sent (registration_id, reminder_offset,"
                    + " sent_at) VALUES (:id, :offset, :now) ON CONFLICT DO NOTHING").setParameter("id", id)
                    .setParameter("offset", row[1]).setParameter("now", now).executeUpdate();
            if (claimed == 1) {
                Registration registration = repository.findById(id);
                registrations.notify(MailKind.REMINDER, registration);
                sent++;
            }
        }
        return sent;
    }
}
