package eu.od4growth.workshop.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.workflow.StateMachine;
import eu.od4growth.workshop.event.Event;

/**
 * One occurrence of an event, with its places and registration window. It belongs to the event's organisation and is
 * public when its event is. Its row is the lock that serialises every change of its registrations.
 */
@Entity
@Table(name = "event_session")
public class Session extends OwnedRecord {

    static final StateMachine<SessionStatus, SessionAction> LIFECYCLE = StateMachine
            .of("session", SessionStatus.SCHEDULED, SessionAction.class)
            .on(SessionAction.CLOSE_REGISTRATION, SessionStatus.SCHEDULED, SessionStatus.CLOSED)
            .on(SessionAction.REOPEN_REGISTRATION, SessionStatus.CLOSED, SessionStatus.SCHEDULED)
            .on(SessionAction.CANCEL, Set.of(SessionStatus.SCHEDULED, SessionStatus.CLOSED), SessionStatus.CANCELLED)
            .build();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    Event event;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;
    @Column(name = "starts_at")
    Instant startsAt;
    @Column(name = "ends_at")
    Instant endsAt;
    @Column(name = "time_zone")
    String timeZone;
    int capacity;
    @Column(name = "registration_opens_at")
    Instant registrationOpensAt;
    @Column(name = "registration_closes_at")
    Instant registrationClosesAt;
    @Column(name = "cancellation_cutoff")
    Instant cancellationCutoff;
    @Enumerated(EnumType.STRING)
    SessionStatus status;

    protected Session() {
        // for Hibernate
    }

    private Session(Event event, String author) {
        super(event.ownerOrganisation(), author);
        this.event = event;
        status = LIFECYCLE.initial();
    }

    static Session of(Event event, SessionRequest request, String author, Instant now) {
        if (event.status() == eu.od4growth.workshop.event.EventStatus.CANCELLED) {
            throw ProblemException.conflict("The event is cancelled; it takes no new session");
        }
        Session session = new Session(event, author);
        session.apply(request, now);
        return session;
    }

    /** What a revision changed that registrations must follow. */
    record Revision(boolean rescheduled, boolean capacityRaised) {
    }

    /** Changes the session; never below the places already taken ({@code taken}), never once cancelled. */
    Revision revise(SessionRequest request, long taken, Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("A cancelled session cannot change");
        }
        if (!event.id().equals(request.event())) {
            throw ProblemException.conflict("A session cannot move to another event");
        }
        if (request.capacity() < taken) {
            throw Violations.of("capacity", "must be at least " + taken + ", the places already taken");
        }
        Instant oldStart = startsAt;
        Instant oldEnd = endsAt;
        int oldCapacity = capacity;
        apply(request, now);
        return new Revision(!oldStart.equals(startsAt) || !oldEnd.equals(endsAt), capacity > oldCapacity);
    }

    void perform(SessionAction action) {
        status = LIFECYCLE.next(status, action);
        touch();
    }

    /** Refuses a registration outside the window, or when the event, the session or registration is closed. */
    public void requireOpenForRegistration(Instant now) {
        requireTakesRegistrations();
        if (status == SessionStatus.CLOSED) {
            throw ProblemException.conflict("Registration for this session is closed");
        }
        if (now.isBefore(registrationOpensAt)) {
            throw ProblemException.conflict("Registration opens at " + shown(registrationOpensAt));
        }
        if (!now.isBefore(registrationClosesAt)) {
            throw ProblemException.conflict("Registration closed at " + shown(registrationClosesAt));
        }
    }

    /** Refuses any registration, even by an organiser, to a cancelled session or event. */
    public void requireTakesRegistrations() {
        if (!event.isOpenForRegistration() || status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("This session or its event is not open (event " + event.status()
                    .name().toLowerCase(java.util.Locale.ROOT) + ", session "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    /** Participants cancel a confirmed place only until the cut-off. */
    public void requireCancellable(Instant now) {
        if (!now.isBefore(cancellationCutoff)) {
            throw ProblemException.conflict("Cancellation was possible until " + shown(cancellationCutoff)
                    + "; ask the organiser");
        }
    }

    @Override
    public boolean isPublic() {
        return event.isPublic();
    }

    public Event event() {
        return event;
    }

    public int capacity() {
        return capacity;
    }

    public Map<String, String> title() {
        return title;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public SessionStatus status() {
        return status;
    }

    /** An instant as people of this session read it: in its time zone. */
    public OffsetDateTime shown(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }

    boolean isRegistrationOpen(Instant now) {
        return event.isOpenForRegistration() && status == SessionStatus.SCHEDULED && !now.isBefore(registrationOpensAt)
                && now.isBefore(registrationClosesAt);
    }

    private void apply(SessionRequest request, Instant now) {
        title = request.title() == null ? Map.of() : Map.copyOf(request.title());
        startsAt = request.startsAt().toInstant();
        endsAt = request.endsAt().toInstant();
        timeZone = request.timeZone();
        capacity = request.capacity();
        registrationOpensAt = request.registrationOpensAt() == null
                ? (registrationOpensAt == null ? now : registrationOpensAt)
                : request.registrationOpensAt().toInstant();
        registrationClosesAt = request.registrationClosesAt() == null ? startsAt
                : request.registrationClosesAt().toInstant();
        cancellationCutoff = request.cancellationCutoff() == null ? startsAt
                : request.cancellationCutoff().toInstant();
        if (!registrationOpensAt.isBefore(registrationClosesAt)) {
            throw Violations.of("registrationClosesAt", "must be after registration opens (" + shown(registrationOpensAt)
                    + "); it is the start when not given");
        }
        touch();
    }
}
