package eu.od4growth.workshop.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.workshop.event.EventStatus;
import eu.od4growth.workshop.event.MaturityDimension;
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

    /**
     * Sessions of published events, not cancelled, starting after {@code now} and whose event strengthens any of
     * {@code dimensions} (all when empty), soonest first, at most {@code limit}.
     */
    public List<Session> upcoming(Set<MaturityDimension> dimensions, Instant now, int limit) {
        Filter filter = Filter.all().and("e.status = :published").with("published", EventStatus.PUBLISHED)
                .and("s.status <> :cancelled").with("cancelled", SessionStatus.CANCELLED)
                .and("s.startsAt > :now", "now", now);
        List<String> any = new ArrayList<>();
        int index = 0;
        for (MaturityDimension dimension : dimensions) {
            any.add("array_contains(e.dimensions, :d" + index + ")");
            filter.with("d" + index++, dimension.name());
        }
        if (!any.isEmpty()) {
            filter.and(String.join(" or ", any));
        }
        return soonestFirst(filter, limit);
    }

    /**
     * Sessions that end after {@code now} of public events (published or cancelled) matching {@code eventFilter} (on
     * the event named {@code e}), soonest first, at most {@code limit}: the calendar feed.
     */
    public List<Session> ofPublicEvents(Filter eventFilter, Instant now, int limit) {
        Filter filter = eventFilter.and("e.status <> :draft").with("draft", EventStatus.DRAFT)
                .and("s.endsAt > :now", "now", now);
        return soonestFirst(filter, limit);
    }

    /** Sessions ({@code s}) with their event ({@code e}) matching {@code filter}, soonest first. */
    private List<Session> soonestFirst(Filter filter, int limit) {
        var query = getEntityManager().createQuery("select s from Session s join fetch s.event e where "
                + filter.query() + " order by s.startsAt, s.id", Session.class).setMaxResults(limit);
        filter.parameters().forEach(query::setParameter);
        return query.getResultList();
    }
}
