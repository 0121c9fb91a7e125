package eu.od4growth.workshop.feedback.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.common.persistence.Filter;
import eu.od4growth.workshop.feedback.model.Feedback;
import eu.od4growth.workshop.registration.model.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored answers, the attendees they are counted against, and the once-per-session claim of the invitations. */
@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<Feedback, UUID> {

    /** The answers of the sessions ({@code s}) that {@code scope} selects, newest first. */
    List<Feedback> in(Filter scope) {
        var query = getEntityManager().createQuery("select f from Feedback f join fetch f.session s where "
                + scope.query() + " order by f.createdAt desc, f.id", Feedback.class);
        scope.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /** Attendees (confirmed and checked in) of the sessions ({@code s}) that {@code scope} selects. */
    long attendees(Filter scope) {
        var query = getEntityManager().createQuery("select count(r) from Registration r join r.session s where "
                + scope.query() + " and r.status = :confirmed and r.checkedInAt is not null", Long.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED);
        scope.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * Sessions that ended since {@code since} and whose attendees were not invited yet, claimed with
     * {@code FOR UPDATE SKIP LOCKED}: another replica's job takes the others.
     */
    @SuppressWarnings("unchecked")
    List<UUID> sessionsToInvite(Instant now, Instant since, int batch) {
        return getEntityManager().createNativeQuery("SELECT s.id FROM event_session s JOIN event e ON e.id = s.event_id"
                + " WHERE s.ends_at <= :now AND s.ends_at > :since AND s.status <> 'CANCELLED' AND e.status = 'PUBLISHED'"
                + " AND NOT EXISTS (SELECT 1 FROM feedback_invitation i WHERE i.session_id = s.id)"
                + " ORDER BY s.ends_at LIMIT :batch FOR UPDATE OF s SKIP LOCKED", UUID.class)
                .setParameter("now", now).setParameter("since", since).setParameter("batch", batch).getResultList();
    }

    /** Records the invitation of a session; false when another transaction recorded it first. */
    boolean claimInvitation(UUID sessionId, Instant now) {
        return getEntityManager()
                .createNativeQuery("INSERT INTO feedback_invitation (session_id, sent_at) VALUES (:session, :now)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("session", sessionId).setParameter("now", now).executeUpdate() == 1;
    }

    /** The caller's own, named answers, newest first. */
    List<Feedback> ofParticipant(String participant) {
        return getEntityManager().createQuery("select f from Feedback f join fetch f.session s where f.registrationId in"
                + " (select r.id from Registration r where r.participant = :me) order by f.createdAt desc", Feedback.class)
                .setParameter("me", participant).getResultList();
    }
}
