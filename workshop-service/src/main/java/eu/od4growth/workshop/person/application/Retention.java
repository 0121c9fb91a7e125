package eu.od4growth.workshop.person.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import eu.od4growth.workshop.config.WorkshopConfig;
import io.quarkus.scheduler.Scheduled;

/**
 * The retention rules of this service's personal data (docs/privacy.md), run by a scheduled job: the waiting list of a
 * session that ended is deleted; the personal fields and answers of its registrations go
 * {@code od4g.workshop.retention.registrations-after} after it ended (the registrations stay, for the counts, under the
 * pseudonym {@value PersonalData#PSEUDONYM}, and their feedback becomes anonymous); sent mails are deleted
 * {@code od4g.workshop.retention.sent-mails-after} after they were sent.
 * <p>
 * A run first takes the transaction-scoped PostgreSQL advisory lock {@value #LOCK} without waiting; a replica that
 * finds it taken does nothing this time. Each rule alone is idempotent, but two runs at once are not: a run's
 * {@code UPDATE} blocked on rows the other is anonymising re-checks only the updated row, not the subquery that chose
 * it, so it anonymised each registration a second time (another row version, counted twice), and two runs deleting
 * the same rows in different orders could deadlock. {@code RetentionTest} runs two at once.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final String WAITING_OF_ENDED = """
            SELECT r.id FROM registration r JOIN event_session s ON s.id = r.session_id
            WHERE s.ends_at <= :now AND r.status IN ('WAITING', 'DECLINED', 'EXPIRED')""";
    private static final String KEPT_TOO_LONG = """
            SELECT r.id FROM registration r JOIN event_session s ON s.id = r.session_id
            WHERE s.ends_at <= :before AND r.participant <> 'erased'""";

    /** The advisory lock key of this job in the service's database ("od4gRetn" in ASCII). */
    static final long LOCK = 0x6f6434675265746eL;

    private final EntityManager entities;
    private final Clock clock;
    private final WorkshopConfig config;

    Retention(EntityManager entities, Clock clock, WorkshopConfig config) {
        this.entities = entities;
        this.clock = clock;
        this.config = config;
    }

    /** What one run removed. */
    public record Removed(long waitingListEntries, long registrationsAnonymised, long feedbackAnonymised,
            long mailsDeleted) {
    }

    @Scheduled(identity = "retention", every = "${od4g.workshop.retention.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Removed removed = run();
        if (removed.waitingListEntries() + removed.registrationsAnonymised() + removed.mailsDeleted() > 0) {
            LOG.infof("Retention: %s", removed);
        }
    }

    /** Applies every rule once, at the clock's time; nothing when another replica is running it. */
    @Transactional
    public Removed run() {
        boolean alone = (Boolean) entities.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", LOCK).getSingleResult();
        if (!alone) {
            LOG.debug("Retention: another replica is running it");
            return new Removed(0, 0, 0, 0);
        }
        Instant now = clock.instant();
        Instant before = now.atOffset(ZoneOffset.UTC).minus(config.retention().registrationsAfter()).toInstant();
        // The waiting list of an ended session, with what refers to it.
        entities.createNativeQuery("DELETE FROM reminder_sent WHERE registration_id IN (" + WAITING_OF_ENDED + ")")
                .setParameter("now", now).executeUpdate();
        long mails = entities.createNativeQuery("DELETE FROM mail_outbox WHERE registration_id IN ("
                + WAITING_OF_ENDED + ")").setParameter("now", now).executeUpdate();
        long waiting = entities.createNativeQuery("DELETE FROM registration WHERE id IN (" + WAITING_OF_ENDED + ")")
                .setParameter("now", now).executeUpdate();
        // Registrations kept past their retention: counts stay, nothing names the person.
        long feedback = entities.createNativeQuery("UPDATE feedback SET registration_id = NULL,"
                + " participant_name = NULL WHERE registration_id IN (" + KEPT_TOO_LONG + ")")
                .setParameter("before", before).executeUpdate();
        mails += entities.createNativeQuery("DELETE FROM mail_outbox WHERE registration_id IN (" + KEPT_TOO_LONG + ")")
                .setParameter("before", before).executeUpdate();
        long registrations = entities.createNativeQuery("""
                UPDATE registration SET participant = :pseudonym, name = NULL, email = NULL, answers = '{}'::jsonb,
                       registered_by = CASE WHEN registered_by IS NULL THEN NULL ELSE :pseudonym END,
                       checked_in_by = CASE WHEN checked_in_by IS NULL THEN NULL ELSE :pseudonym END,
                       updated_at = :now, row_version = row_version + 1
                WHERE id IN (""" + KEPT_TOO_LONG + ")").setParameter("pseudonym", PersonalData.PSEUDONYM)
                .setParameter("now", now).setParameter("before", before).executeUpdate();
        // Sent mails, by age.
        mails += entities.createNativeQuery("DELETE FROM mail_outbox WHERE sent_at <= :sentBefore")
                .setParameter("sentBefore", now.minus(config.retention().sentMailsAfter())).executeUpdate();
        return new Removed(waiting, registrations, feedback, mails);
    }
}
