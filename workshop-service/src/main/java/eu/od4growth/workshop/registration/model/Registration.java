package eu.od4growth.workshop.registration.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

import eu.od4growth.common.persistence.VersionedEntity;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.workflow.StateMachine;
import eu.od4growth.workshop.session.Session;

/**
 * One person's registration for one session. It joins the waiting list and is confirmed at once when a place is free
 * and nobody waits; a freed place is offered to the first in line until a deadline. Its status changes only through
 * {@link #LIFECYCLE}, and only while the caller holds its session's row lock.
 */
@Entity
@Table(name = "registration")
public class Registration extends VersionedEntity {

    public static final StateMachine<RegistrationStatus, RegistrationAction> LIFECYCLE = StateMachine
            .of("registration", RegistrationStatus.WAITING, RegistrationAction.class)
            .on(RegistrationAction.CONFIRM, RegistrationStatus.WAITING, RegistrationStatus.CONFIRMED)
            .on(RegistrationAction.OFFER, RegistrationStatus.WAITING, RegistrationStatus.OFFERED)
            .on(RegistrationAction.ACCEPT, RegistrationStatus.OFFERED, RegistrationStatus.CONFIRMED)
            .on(RegistrationAction.DECLINE, RegistrationStatus.OFFERED, RegistrationStatus.DECLINED)
            .on(RegistrationAction.EXPIRE, RegistrationStatus.OFFERED, RegistrationStatus.EXPIRED)
            .on(RegistrationAction.CANCEL, Set.copyOf(RegistrationStatus.LIVE), RegistrationStatus.CANCELLED)
            .on(RegistrationAction.MOVE, Set.copyOf(RegistrationStatus.LIVE), RegistrationStatus.WAITING)
            .build();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private Session session;
    private String participant;
    private String name;
    private String email;
    private String language;
    private String organisation;
    @Column(name = "registered_by")
    private String registeredBy;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> answers;
    @Column(name = "queue_number")
    private long queueNumber;
    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;
    @Column(name = "cancelled_by_organiser")
    private boolean cancelledByOrganiser;
    @Column(name = "checkin_code")
    private String checkinCode;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_in_by")
    private String checkedInBy;
    @Column(name = "feedback_given_at")
    private Instant feedbackGivenAt;

    protected Registration() {
        // for Hibernate
    }

    /** Joins the waiting list of {@code session} at {@code queueNumber}; {@link #confirm()} when a place is free. */
    public static Registration join(Session session, Participant who, Map<String, Object> answers, long queueNumber,
            String registeredBy) {
        Registration registration = new Registration();
        registration.session = session;
        registration.participant = who.key();
        registration.name = who.name();
        registration.email = who.email();
        registration.language = who.language();
        registration.organisation = who.organisation();
        registration.registeredBy = registeredBy;
        registration.answers = Map.copyOf(answers);
        registration.queueNumber = queueNumber;
        registration.checkinCode = CheckInCode.next();
        registration.status = LIFECYCLE.initial();
        return registration;
    }

    public void confirm() {
        perform(RegistrationAction.CONFIRM);
    }

    /** Holds a freed place for this person until {@code until}. */
    public void offer(Instant until) {
        perform(RegistrationAction.OFFER);
        offerExpiresAt = until;
    }

    /** Takes the offered place, if the offer has not expired. */
    public void accept(Instant now) {
        if (status == RegistrationStatus.OFFERED && !now.isBefore(offerExpiresAt)) {
            throw ProblemException.conflict("The offer expired at " + session.shown(offerExpiresAt)
                    + "; the place goes to the next person in line");
        }
        perform(RegistrationAction.ACCEPT);
        offerExpiresAt = null;
    }

    public void decline() {
        perform(RegistrationAction.DECLINE);
    }

    public void expire() {
        perform(RegistrationAction.EXPIRE);
    }

    public void cancel(boolean byOrganiser) {
        perform(RegistrationAction.CANCEL);
        cancelledByOrganiser = byOrganiser;
        offerExpiresAt = null;
        clearCheckIn();
    }

    /** Moves to the end of {@code target}'s waiting list; {@link #confirm()} when a place is free there. */
    public void moveTo(Session target, long queueNumber) {
        perform(RegistrationAction.MOVE);
        session = target;
        this.queueNumber = queueNumber;
        offerExpiresAt = null;
        clearCheckIn();
    }

    /**
     * Records that the participant arrived, at {@code now}; only a confirmed place is checked in. Answers false when
     * already checked in: the first time stays.
     */
    public boolean checkIn(Instant now, String by) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw ProblemException.conflict("Only a confirmed registration is checked in; this one is "
                    + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (checkedInAt != null) {
            return false;
        }
        // Stored with microseconds, so what is answered now is what is read later.
        checkedInAt = now.truncatedTo(ChronoUnit.MICROS);
        checkedInBy = by;
        touch();
        return true;
    }

    /** Takes back a check-in made by mistake; answers false when there was none. */
    public boolean undoCheckIn() {
        if (checkedInAt == null) {
            return false;
        }
        clearCheckIn();
        touch();
        return true;
    }

    /** Records that the participant answered the satisfaction questionnaire; they answer once. */
    public void recordFeedback(Instant now) {
        if (feedbackGivenAt != null) {
            throw ProblemException.conflict("Feedback was already given for this registration");
        }
        feedbackGivenAt = now;
        touch();
    }

    private void clearCheckIn() {
        checkedInAt = null;
        checkedInBy = null;
    }

    public boolean holdsPlace() {
        return RegistrationStatus.HOLDING_A_PLACE.contains(status);
    }

    private void perform(RegistrationAction action) {
        status = LIFECYCLE.next(status, action);
        touch();
    }

    public Session session() {
        return session;
    }

    public String participant() {
        return participant;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public String organisation() {
        return organisation;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Map<String, Object> answers() {
        return answers == null ? Map.of() : answers;
    }

    public long queueNumber() {
        return queueNumber;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public boolean cancelledByOrganiser() {
        return cancelledByOrganiser;
    }

    /** The check-in code as stored (see {@link CheckInCode#shown}). */
    public String checkinCode() {
        return checkinCode;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant feedbackGivenAt() {
        return feedbackGivenAt;
    }
}
