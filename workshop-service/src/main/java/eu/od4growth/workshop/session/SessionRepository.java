package eu.od4growth.workshop.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Stored sessions, and the row lock that serialises everything that changes a session's places: registering,
 * cancelling, offering, accepting, expiring, moving, changing the capacity. Lock a session before reading it in a
 * transaction, so that what is read is what the lock protects.
 */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    /** Waits for the session's row lock ({@code SELECT … FOR UPDATE}) and answers the session; 404 if none. */
    public Session lock(UUID id) {
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT id FROM event_session WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
        if (locked.isEmpty()) {
            throw ProblemException.notFound("Session", id);
        }
        return findById(id);
    }

    /** The session if its lock is free now ({@code SKIP LOCKED}), for background work that another replica may do. */
    public Optional<Session> tryLock(UUID id) {
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT id FROM event_session WHERE id = :id FOR UPDATE SKIP LOCKED")
                .setParameter("id", id).getResultList();
        return locked.isEmpty() ? Optional.empty() : Optional.of(findById(id));
    }

    /** The sessions of an event, in start order. */
    public List<Session> ofEvent(UUID eventId) {
        return list("event.id = ?1 order by startsAt, id", eventId);
    }
}
