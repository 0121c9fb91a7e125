package eu.od4growth.workshop.feedback.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.workshop.event.Event;
import eu.od4growth.workshop.event.EventPlanning;
import eu.od4growth.workshop.feedback.model.Feedback;
import eu.od4growth.workshop.feedback.model.RatingStats;
import eu.od4growth.workshop.feedback.model.Ratings;
import eu.od4growth.workshop.mail.MailKind;
import eu.od4growth.workshop.registration.application.Registrations;
import eu.od4growth.workshop.registration.model.AnswerCheck;
import eu.od4growth.workshop.registration.model.Registration;
import eu.od4growth.workshop.registration.model.RegistrationStatus;
import eu.od4growth.workshop.session.Session;
import eu.od4growth.workshop.session.SessionRepository;

/**
 * The satisfaction questionnaire: attendees answer once after their session, organisers read the answers and their
 * aggregates, and a job invites the attendees of each session that ended, once across replicas.
 */
@ApplicationScoped
public class Feedbacks {

    /** Sessions that ended longer ago than this are not invited any more (e.g. when the service first starts). */
    static final Duration INVITATION_HORIZON = Duration.ofDays(7);
    static final int INVITATION_BATCH = 20;

    private final FeedbackRepository repository;
    private final Registrations registrations;
    private final SessionRepository sessions;
    private final EventPlanning events;
    private final Caller caller;
    private final Clock clock;

    Feedbacks(FeedbackRepository repository, Registrations registrations, SessionRepository sessions,
            EventPlanning events, Caller caller, Clock clock) {
        this.repository = repository;
        this.registrations = registrations;
        this.sessions = sessions;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * The caller's answer for their registration: only once the session has ended, only if they attended (confirmed
     * and checked in), only once. Under the session's lock, so two answers at once cannot both pass.
     */
    @Transactional
    public Feedback give(UUID registrationId, Ratings ratings, String comment, Map<String, Object> answers) {
        Registration registration = registrations.ownLocked(registrationId);
        Session session = registration.session();
        Event event = session.event();
        Instant now = clock.instant();
        if (now.isBefore(session.endsAt())) {
            throw ProblemException.conflict("Feedback opens when the session ends, at " + session.shown(session.endsAt()));
        }
        if (registration.status() != RegistrationStatus.CONFIRMED || registration.checkedInAt() == null) {
            throw ProblemException.forbidden("Only attendees (confirmed and checked in) give feedback on a session");
        }
        AnswerCheck.Result checked = AnswerCheck.check(event.feedback().questions(), answers == null ? Map.of() : answers);
        if (!checked.isValid()) {
            throw Violations.of(checked.violations());
        }
        registration.recordFeedback(now);
        Feedback feedback = Feedback.of(registration, event.feedback().anonymous(), ratings, comment,
                checked.answers(), now);
        repository.persist(feedback);
        repository.flush();
        return feedback;
    }

    /** The answers of a session or an event for its organisers; without either, the caller's own named answers. */
    @Transactional
    public List<Feedback> list(UUID session, UUID event) {
        if (session == null && event == null) {
            return repository.ofParticipant(caller.subject());
        }
        return repository.in(scope(session, event, null, null, null));
    }

    /** Count, response rate, mean and distribution of both ratings, and the comments, for organisers. */
    @Transactional
    public FeedbackSummary summary(UUID session, UUID event, String organization, LocalDate from, LocalDate to) {
        Filter scope = scope(session, event, organization, from, to);
        List<Feedback> answers = repository.in(scope);
        long attendees = repository.attendees(scope);
        List<FeedbackSummary.Comment> comments = answers.stream().filter(f -> f.comment() != null)
                .map(f -> new FeedbackSummary.Comment(f.session().id(), f.comment(), f.participantName(), f.createdAt()))
                .toList();
        return new FeedbackSummary(session, event, organization, from, to, answers.size(), attendees,
                attendees == 0 ? null : Math.round(10000.0 * answers.size() / attendees) / 10000.0,
                RatingStats.of(answers.stream().map(Feedback::eventRating).toList()),
                RatingStats.of(answers.stream().map(Feedback::organisationRating).toList()), comments);
    }

    /**
     * Mails the attendees of the sessions that ended and were not invited yet (those who already answered are
     * skipped). A session is claimed under {@code SKIP LOCKED} and recorded in {@code feedback_invitation} in the same
     * transaction as the mails, so each attendee is invited once however many replicas run the job.
     */
    @Transactional
    public int inviteAttendees() {
        Instant now = clock.instant();
        int invited = 0;
        for (UUID session : repository.sessionsToInvite(now, now.minus(INVITATION_HORIZON), INVITATION_BATCH)) {
            if (!repository.claimInvitation(session, now)) {
                continue;
            }
            for (Registration attendee : registrations.attendeesOf(session)) {
                if (attendee.feedbackGivenAt() == null) {
                    registrations.notify(MailKind.FEEDBACK_INVITATION, attendee);
                    invited++;
                }
            }
        }
        return invited;
    }

    /**
     * Which sessions ({@code s}) to read: one session, one event, or an organisation's sessions starting in a period.
     * Exactly one of the three; the caller must organise it (another organisation's public record: 403; a draft: 404).
     */
    private Filter scope(UUID session, UUID event, String organization, LocalDate from, LocalDate to) {
        int given = (session == null ? 0 : 1) + (event == null ? 0 : 1) + (organization == null ? 0 : 1);
        if (given != 1) {
            throw Violations.of("session", "give exactly one of session, event or organization");
        }
        String owner;
        if (session != null) {
            Session found = sessions.findByIdOptional(session)
                    .filter(s -> s.isPublic() || caller.manages(s.ownerOrganisation(), Caller.COORDINATOR))
                    .orElseThrow(() -> ProblemException.notFound("Session", session));
            owner = found.ownerOrganisation();
        } else if (event != null) {
            owner = events.get(event).ownerOrganisation();
        } else {
            owner = organization;
        }
        if (!caller.manages(owner, Caller.COORDINATOR)) {
            throw ProblemException.forbidden("Only the organisers read the feedback of their events");
        }
        return Filter.all().and("s.id = :session", "session", session).and("s.event.id = :event", "event", event)
                .and("s.ownerOrganisation = :organization", "organization", organization)
                .and("s.startsAt >= :from", "from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .and("s.startsAt < :to", "to",
                        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
