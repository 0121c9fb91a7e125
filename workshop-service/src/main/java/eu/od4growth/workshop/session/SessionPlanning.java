package eu.od4growth.workshop.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import eu.od4growth.workshop.event.EventPlanning;
import eu.od4growth.workshop.event.EventStatus;
import eu.od4growth.workshop.event.MaturityDimension;
import eu.od4growth.workshop.event.Multilingual;
import io.quarkus.panache.common.Sort;

/** The session use cases: everyone reads the sessions of public events, their organisers plan them. */
@ApplicationScoped
class SessionPlanning {

    private final OwnedRecords<Session> sessions;
    private final SessionRepository repository;
    private final EventPlanning events;
    private final SessionSeats seats;
    private final Caller caller;
    private final Clock clock;
    private final Event<SessionChanged> changes;

    SessionPlanning(SessionRepository repository, EventPlanning events, SessionSeats seats, Caller caller, Clock clock,
            Event<SessionChanged> changes) {
        this.sessions = new OwnedRecords<>(repository, caller, "Session", Caller.COORDINATOR,
                Filter.all().and("event.status <> :draft").with("draft", EventStatus.DRAFT));
        this.repository = repository;
        this.events = events;
        this.seats = seats;
        this.caller = caller;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    PageResponse<SessionView> list(PageParams paging, UUID event, LocalDate from, LocalDate to) {
        Filter filter = Filter.all().and("event.id = :event", "event", event)
                .and("endsAt >= :from", "from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .and("startsAt < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return sessions.page(paging, filter, Sort.by("startsAt").and("id"), this::view);
    }

    /** Published sessions still to come whose event strengthens any of {@code dimensions}, for recommendations. */
    @Transactional
    UpcomingSessions upcoming(Set<MaturityDimension> dimensions, String language, int limit) {
        return new UpcomingSessions(repository.upcoming(dimensions, clock.instant(), limit).stream().map(session -> {
            Multilingual.Chosen title = Multilingual.pick(session.event().title(), language);
            long taken = seats.of(session.id()).taken();
            return new UpcomingSession(session.id(), session.event().id(), title.text(),
                    session.shown(session.startsAt()), session.shown(session.endsAt()), session.zone().getId(),
                    session.event().dimensions().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList(),
                    (int) Math.max(0, session.capacity() - taken), title.language());
        }).toList());
    }

    @Transactional
    Session get(UUID id) {
        return sessions.findVisible(id);
    }

    @Transactional
    SessionView view(Session session) {
        return SessionView.of(session, seats.of(session.id()), clock.instant());
    }

    @Transactional
    Session create(SessionRequest request) {
        eu.od4growth.workshop.event.Event event = events.get(request.event());
        if (!caller.manages(event.ownerOrganisation(), Caller.COORDINATOR)) {
            throw ProblemException.forbidden("This event belongs to another organisation");
        }
        Session session = Session.of(event, request, caller.subject(), clock.instant());
        repository.persist(session);
        repository.flush();
        return session;
    }

    /** Under the session's lock, so that the places taken cannot grow between the check and the change. */
    @Transactional
    Session revise(UUID id, String ifMatch, SessionRequest request) {
        repository.lock(id);
        Session.Revision[] revision = new Session.Revision[1];
        Session session = sessions.change(id, ifMatch,
                s -> revision[0] = s.revise(request, seats.of(id).taken(), clock.instant()));
        if (revision[0].capacityRaised()) {
            changes.fire(new SessionChanged(id, SessionChanged.Change.CAPACITY_RAISED));
        }
        if (revision[0].rescheduled()) {
            changes.fire(new SessionChanged(id, SessionChanged.Change.RESCHEDULED));
        }
        return session;
    }

    @Transactional
    Session perform(UUID id, String ifMatch, SessionAction action) {
        repository.lock(id);
        Session session = sessions.change(id, ifMatch, s -> s.perform(action));
        if (action == SessionAction.CANCEL) {
            changes.fire(new SessionChanged(id, SessionChanged.Change.CANCELLED));
        }
        return session;
    }
}
