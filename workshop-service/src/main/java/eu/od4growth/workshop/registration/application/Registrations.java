package eu.od4growth.workshop.registration.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.events.DomainEvents;
import eu.od4growth.common.events.EventType;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.ProblemType;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;
import eu.od4growth.workshop.calendar.Calendars;
import eu.od4growth.workshop.config.WorkshopConfig;
import eu.od4growth.workshop.event.Event;
import eu.od4growth.workshop.event.EventChanged;
import eu.od4growth.workshop.event.EventFormat;
import eu.od4growth.workshop.mail.Attachment;
import eu.od4growth.workshop.mail.Letter;
import eu.od4growth.workshop.mail.MailKind;
import eu.od4growth.workshop.mail.MailOutbox;
import eu.od4growth.workshop.registration.model.AnswerCheck;
import eu.od4growth.workshop.registration.model.CheckInCode;
import eu.od4growth.workshop.registration.model.Participant;
import eu.od4growth.workshop.registration.model.Registration;
import eu.od4growth.workshop.registration.model.RegistrationStatus;
import eu.od4growth.workshop.session.Session;
import eu.od4growth.workshop.session.SessionChanged;
import eu.od4growth.workshop.session.SessionRepository;
import eu.od4growth.workshop.session.SessionStatus;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The registration use cases, one transaction each. Every one that changes places first takes the session's row lock
 * ({@link SessionRepository#lock}), so registrations, cancellations, offers, answers, expiries, moves and capacity
 * changes of one session happen one after the other, each seeing the last one's result.
 */
@ApplicationScoped
public class Registrations {

    private final RegistrationRepository repository;
    private final SessionRepository sessions;
    private final Caller caller;
    private final Clock clock;
    private final WorkshopConfig config;
    private final MailOutbox outbox;
    private final OfferLinks links;
    private final Calendars calendars;
    private final DomainEvents events;

    Registrations(RegistrationRepository repository, SessionRepository sessions, Caller caller, Clock clock,
            WorkshopConfig config, MailOutbox outbox, OfferLinks links, Calendars calendars, DomainEvents events) {
        this.calendars = calendars;
        this.events = events;
        this.repository = repository;
        this.sessions = sessions;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
        this.outbox = outbox;
        this.links = links;
    }

    /** A registration and, while it waits, its place in line (from 1). */
    public record Placed(Registration registration, Long position) {
    }

    /**
     * Registers {@code who} for a session: confirmed if a place is free and nobody waits, otherwise at the end of the
     * waiting list. {@code byOrganiser}: an organiser registers someone, whatever the registration window.
     */
    @Transactional
    public Placed register(UUID sessionId, Map<String, Object> answers, Participant who, boolean byOrganiser) {
        Session session = sessions.lock(sessionId);
        boolean organiser = isOrganiser(session);
        if (!session.isPublic() && !organiser) {
            throw ProblemException.notFound("Session", sessionId);
        }
        if (byOrganiser) {
            if (!organiser) {
                throw ProblemException.forbidden("Only the organisers of this session register someone else");
            }
            session.requireTakesRegistrations();
        } else {
            session.requireOpenForRegistration(clock.instant());
        }
        AnswerCheck.Result checked = AnswerCheck.check(session.event().questions(), answers);
        if (!checked.isValid()) {
            throw Violations.of(checked.violations());
        }
        repository.live(sessionId, who.key()).ifPresent(existing -> {
            throw ProblemException.conflict("Already registered for this session (registration " + existing.id()
                    + ", " + existing.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
        });
        Registration registration = Registration.join(session, who, checked.answers(), repository.nextQueueNumber(),
                caller.subject());
        if (hasFreePlace(session)) {
            registration.confirm();
        }
        repository.persist(registration);
        repository.flush();
        mail(registration.status() == RegistrationStatus.CONFIRMED ? MailKind.CONFIRMATION : MailKind.WAITING_LIST,
                registration);
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            publish(EventType.REGISTRATION_CONFIRMED, registration);
        }
        return placed(registration);
    }

    @Transactional
    public Placed get(UUID id) {
        return placed(visible(repository.findByIdOptional(id), id));
    }

    /** The caller's own registrations; with {@code session}, the organisers of that session see all of them. */
    @Transactional
    public PageResponse<Placed> list(PageParams paging, UUID sessionId, RegistrationStatus status) {
        boolean organiser = sessionId != null
                && sessions.findByIdOptional(sessionId).filter(this::isOrganiser).isPresent();
        Filter filter = Filter.all().and("session.id = :session", "session", sessionId)
                .and("status = :status", "status", status);
        if (!organiser) {
            filter.and("participant = :me").with("me", String.valueOf(caller.subject()));
        }
        var query = repository.find(filter.query(), Sort.by("queueNumber"), filter.parameters())
                .page(Page.of(paging.page, paging.size));
        return new PageResponse<>(query.list().stream().map(this::placed).toList(), paging.page, paging.size,
                query.count());
    }

    /** The participant leaves (until the cut-off for a confirmed place); an organiser cancels anyone, any time. */
    @Transactional
    public Placed cancel(UUID id, String ifMatch) {
        Registration registration = visible(Optional.of(locked(id)), id);
        Session session = registration.session();
        boolean own = isOwn(registration);
        ETags.requireMatch(ifMatch, registration.version());
        if (own && registration.status() == RegistrationStatus.CONFIRMED && !isOrganiser(session)) {
            session.requireCancellable(clock.instant());
        }
        boolean heldPlace = registration.holdsPlace();
        registration.cancel(!own);
        repository.flush();
        mail(own ? MailKind.SELF_CANCELLATION : MailKind.CANCELLED_BY_ORGANISER, registration);
        publish(EventType.REGISTRATION_CANCELLED, registration);
        if (heldPlace) {
            offerFreedPlaces(session);
        }
        return placed(registration);
    }

    @Transactional
    public Placed accept(UUID id, String ifMatch) {
        Registration registration = ownForAnswer(id, ifMatch);
        registration.accept(clock.instant());
        repository.flush();
        mail(MailKind.CONFIRMATION, registration);
        publish(EventType.REGISTRATION_CONFIRMED, registration);
        return placed(registration);
    }

    @Transactional
    public Placed decline(UUID id, String ifMatch) {
        Registration registration = ownForAnswer(id, ifMatch);
        registration.decline();
        repository.flush();
        offerFreedPlaces(registration.session());
        return placed(registration);
    }

    /** The registration a link is about, for the page that asks to confirm the answer; no change. */
    @Transactional
    public Placed offerOf(String token) {
        OfferLinks.Claim claim = links.verify(token);
        return placed(repository.findByIdOptional(claim.registration())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "This link is not valid")));
    }

    /** Answers an offer through a signed link, without signing in; the link works once, for that offer only. */
    @Transactional
    public Placed answerOffer(String token) {
        OfferLinks.Claim claim = links.verify(token);
        Registration registration = locked(claim.registration());
        if (registration.status() != RegistrationStatus.OFFERED || !claim.isFor(registration.offerExpiresAt())) {
            throw new ProblemException(ProblemType.GONE, "This link was already used or its offer is over (registration "
                    + registration.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (claim.answer() == OfferLinks.Answer.ACCEPT) {
            registration.accept(clock.instant());
            repository.flush();
            mail(MailKind.CONFIRMATION, registration);
            publish(EventType.REGISTRATION_CONFIRMED, registration);
        } else {
            registration.decline();
            repository.flush();
            offerFreedPlaces(registration.session());
        }
        return placed(registration);
    }

    /** An organiser moves someone to another session of theirs: confirmed there if a place is free, else waiting. */
    @Transactional
    public Placed move(UUID id, String ifMatch, UUID targetId) {
        UUID sourceId = repository.sessionOf(id).orElseThrow(() -> ProblemException.notFound("Registration", id));
        if (sourceId.equals(targetId)) {
            throw ProblemException.conflict("The registration is already for this session");
        }
        // Both locks, always in the same order, so that two opposite moves cannot deadlock.
        List<UUID> order = sourceId.compareTo(targetId) < 0 ? List.of(sourceId, targetId) : List.of(targetId, sourceId);
        order.forEach(sessions::lock);
        Session source = sessions.findById(sourceId);
        Session target = sessions.findById(targetId);
        Registration registration = visible(repository.findByIdOptional(id), id);
        if (!isOrganiser(source) || !isOrganiser(target)) {
            throw ProblemException.forbidden("Only the organisers of both sessions move people between them");
        }
        ETags.requireMatch(ifMatch, registration.version());
        target.requireTakesRegistrations();
        repository.live(targetId, registration.participant()).ifPresent(existing -> {
            throw ProblemException.conflict("This person is already registered for the target session");
        });
        boolean heldPlace = registration.holdsPlace();
        boolean placeThere = hasFreePlace(target);
        registration.moveTo(target, repository.nextQueueNumber());
        if (placeThere) {
            registration.confirm();
        }
        repository.flush();
        mail(MailKind.CHANGED, registration);
        if (placeThere) {
            publish(EventType.REGISTRATION_CONFIRMED, registration);
        }
        if (heldPlace) {
            offerFreedPlaces(source);
        }
        return placed(registration);
    }

    /** An organiser records the arrival of a confirmed participant; again changes nothing (the first time stays). */
    @Transactional
    public Placed checkIn(UUID id) {
        Registration registration = organised(id);
        requireNotCancelled(registration.session());
        registration.checkIn(clock.instant(), caller.subject());
        repository.flush();
        return placed(registration);
    }

    /** Check-in at the door with the code (or QR code) the participant shows, for one session. */
    @Transactional
    public Placed checkInByCode(UUID sessionId, String code) {
        Session session = sessions.lock(sessionId);
        requireOrganiser(session);
        String stored = CheckInCode.normalise(code);
        if (stored == null) {
            throw Violations.of("code", "must be 8 letters or digits, e.g. ABCD-EFGH");
        }
        Registration registration = repository.withCode(sessionId, stored)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "No registration of this session has the code " + CheckInCode.shown(stored)));
        requireNotCancelled(session);
        registration.checkIn(clock.instant(), caller.subject());
        repository.flush();
        return placed(registration);
    }

    /** Takes back a check-in made by mistake; nothing happens when there was none. */
    @Transactional
    public Placed undoCheckIn(UUID id) {
        Registration registration = organised(id);
        registration.undoCheckIn();
        repository.flush();
        return placed(registration);
    }

    /** Confirmed places, check-ins and, once the session has ended, no-shows; for its organisers. */
    @Transactional
    public Attendance attendance(UUID sessionId) {
        Session session = sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        requireOrganiser(session);
        return Attendance.of(sessionId, repository.confirmed(sessionId), repository.checkedIn(sessionId),
                !clock.instant().isBefore(session.endsAt()));
    }

    /** The check-in code of a confirmed registration, as shown, for its participant and its organisers. */
    @Transactional
    public String checkInCode(UUID id) {
        Registration registration = visible(repository.findByIdOptional(id), id);
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw ProblemException.conflict("A check-in code is given once the place is confirmed; this registration is "
                    + registration.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return CheckInCode.shown(registration.checkinCode());
    }

    /** The caller's own registration, under its session's lock; anyone else's is a 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration ownLocked(UUID id) {
        Registration registration = locked(id);
        if (registration == null || !isOwn(registration)) {
            throw ProblemException.notFound("Registration", id);
        }
        return registration;
    }

    /** The attendees of a session: confirmed and checked in, in arrival order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Registration> attendeesOf(UUID sessionId) {
        return repository.attendeesOf(sessionId);
    }

    /** Mails {@code registration}'s participant, in the caller's transaction (the outbox). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(MailKind kind, Registration registration) {
        mail(kind, registration);
    }

    /**
     * Cancels a registration whose person is being erased, as their own cancellation would (whatever the cut-off): a
     * freed place is offered to the first in line. No mail to the person: their address is about to go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelForErasure(UUID id) {
        Registration registration = locked(id);
        boolean heldPlace = registration.holdsPlace();
        registration.cancel(false);
        repository.flush();
        publish(EventType.REGISTRATION_CANCELLED, registration);
        if (heldPlace) {
            offerFreedPlaces(registration.session());
        }
    }

    /** Sessions whose offers passed their deadline, for the expiry job. */
    @Transactional
    public List<UUID> sessionsWithOffersDue() {
        return repository.sessionsWithOffersDue(clock.instant());
    }

    /**
     * Expires the overdue offers of one session and offers the places on. Skipped when another transaction (another
     * replica's job, or a request) holds the session: the next round does it.
     */
    @Transactional
    public int expireOffers(UUID sessionId) {
        Optional<Session> session = sessions.tryLock(sessionId);
        if (session.isEmpty()) {
            return 0;
        }
        List<Registration> due = repository.offersDue(sessionId, clock.instant());
        for (Registration registration : due) {
            registration.expire();
            mail(MailKind.OFFER_EXPIRED, registration);
        }
        repository.flush();
        offerFreedPlaces(session.get());
        return due.size();
    }

    /** Follows a session change, inside the transaction that holds its lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(SessionChanged change) {
        Session session = sessions.findById(change.sessionId());
        switch (change.change()) {
            case CAPACITY_RAISED:
                offerFreedPlaces(session);
                break;
            case RESCHEDULED:
                repository.liveOf(session.id()).forEach(r -> mail(MailKind.CHANGED, r));
                break;
            case CANCELLED:
                cancelAll(session);
                break;
            default:
                throw new IllegalStateException("Unknown change " + change.change());
        }
    }

    /** Follows an event change: a cancelled event cancels every registration, a move is told to everyone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(EventChanged change) {
        List<Session> ofEvent = sessions.ofEvent(change.eventId()).stream()
                .sorted(Comparator.comparing(Session::id)).toList();
        for (Session session : ofEvent) {
            if (change.change() == EventChanged.Change.CANCELLED) {
                cancelAll(sessions.lock(session.id()));
            } else {
                repository.liveOf(session.id()).forEach(r -> mail(MailKind.CHANGED, r));
            }
        }
    }

    boolean isConfirmedIn(UUID eventId, String participant) {
        return repository.isConfirmedIn(eventId, participant);
    }

    private void cancelAll(Session session) {
        for (Registration registration : repository.liveOf(session.id())) {
            registration.cancel(true);
            mail(MailKind.CANCELLED_BY_ORGANISER, registration);
            publish(EventType.REGISTRATION_CANCELLED, registration);
        }
        repository.flush();
    }

    /** Offers each free place to the next person in line, for a limited time. */
    private void offerFreedPlaces(Session session) {
        long free = session.capacity() - repository.taken(session.id());
        if (free <= 0) {
            return;
        }
        Instant until = clock.instant().plus(config.offerDuration());
        for (Registration next : repository.firstWaiting(session.id(), (int) Math.min(free, Integer.MAX_VALUE))) {
            next.offer(until);
            repository.flush();
            mail(MailKind.OFFER, next);
            publish(EventType.WAITLIST_OFFERED, next);
        }
    }

    private boolean hasFreePlace(Session session) {
        return repository.taken(session.id()) < session.capacity() && repository.waiting(session.id()) == 0;
    }

    /** The registration, after taking its session's lock; who may act on it is the caller's to check. */
    private Registration locked(UUID id) {
        UUID sessionId = repository.sessionOf(id).orElseThrow(() -> ProblemException.notFound("Registration", id));
        sessions.lock(sessionId);
        return repository.findById(id);
    }

    private Registration visible(Optional<Registration> found, UUID id) {
        return found.filter(r -> isOwn(r) || isOrganiser(r.session()))
                .orElseThrow(() -> ProblemException.notFound("Registration", id));
    }

    /** The registration under its session's lock, for its organisers only (others: 404 or 403). */
    private Registration organised(UUID id) {
        Registration registration = visible(Optional.of(locked(id)), id);
        requireOrganiser(registration.session());
        return registration;
    }

    private void requireOrganiser(Session session) {
        if (!isOrganiser(session)) {
            if (!session.isPublic()) {
                throw ProblemException.notFound("Session", session.id());
            }
            throw ProblemException.forbidden("Only the organisers of this session check people in and see attendance");
        }
    }

    private static void requireNotCancelled(Session session) {
        if (session.status() == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("The session is cancelled");
        }
    }

    private Registration ownForAnswer(UUID id, String ifMatch) {
        Registration registration = visible(Optional.of(locked(id)), id);
        if (!isOwn(registration)) {
            throw ProblemException.forbidden("Only the person offered the place answers the offer");
        }
        ETags.requireMatch(ifMatch, registration.version());
        return registration;
    }

    private boolean isOwn(Registration registration) {
        return registration.participant().equals(caller.subject());
    }

    private boolean isOrganiser(Session session) {
        return caller.manages(session.ownerOrganisation(), Caller.COORDINATOR);
    }

    /** With its session and event loaded, so that it can be shown after the transaction. */
    private Placed placed(Registration registration) {
        registration.session().event().status();
        return new Placed(registration, registration.status() == RegistrationStatus.WAITING
                ? repository.positionOf(registration)
                : null);
    }

    /** Tells the webhook hub, in this transaction's outbox; the organiser's subscribers may receive it. */
    private void publish(EventType type, Registration registration) {
        events.record(type, registration.session().ownerOrganisation(), registration.id(),
                "/api/registrations/" + registration.id());
    }

    private void mail(MailKind kind, Registration registration) {
        Session session = registration.session();
        Event event = session.event();
        boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
        String joinUrl = confirmed && event.format() != EventFormat.IN_PERSON ? event.joinUrl() : null;
        String address = event.format() != EventFormat.ONLINE ? event.address() : null;
        boolean offer = kind == MailKind.OFFER;
        boolean withCode = confirmed && (kind == MailKind.CONFIRMATION || kind == MailKind.REMINDER);
        List<Attachment> attachments = new ArrayList<>();
        if (withCode) {
            String code = CheckInCode.shown(registration.checkinCode());
            attachments.add(Attachment.inline("check-in-" + code + ".png", "image/png", QrCodes.png(code),
                    Letter.QR_CODE_ID));
        }
        if (confirmed && (kind == MailKind.CONFIRMATION || kind == MailKind.CHANGED || kind == MailKind.REMINDER)) {
            attachments.add(Attachment.file("invitation.ics", "text/calendar; charset=utf-8; method=PUBLISH",
                    calendars.invitation(session, registration.language(), true).getBytes(StandardCharsets.UTF_8)));
        }
        outbox.post(new Letter(kind, registration.id(), registration.email(), registration.name(),
                registration.language(), event.title(), session.startsAt(), session.endsAt(), session.zone(), address,
                joinUrl, registration.status() == RegistrationStatus.WAITING ? repository.positionOf(registration) : null,
                registration.offerExpiresAt(),
                offer ? links.url(registration.id(), OfferLinks.Answer.ACCEPT, registration.offerExpiresAt()) : null,
                offer ? links.url(registration.id(), OfferLinks.Answer.DECLINE, registration.offerExpiresAt()) : null,
                withCode ? CheckInCode.shown(registration.checkinCode()) : null, attachments));
    }
}
