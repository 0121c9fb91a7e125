package eu.od4growth.workshop.feedback.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.workshop.registration.model.Registration;
import eu.od4growth.workshop.session.Session;

/**
 * One attendee's answer to the satisfaction questionnaire of a session: the event and the organisation rated 1–5, a
 * comment and the event's extra questions. Written once and never changed; without the person when the event collects
 * anonymous feedback.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private Session session;
    @Column(name = "event_id")
    private UUID eventId;
    private String organisation;
    @Column(name = "registration_id")
    private UUID registrationId;
    @Column(name = "participant_name")
    private String participantName;
    @Column(name = "event_rating")
    private short eventRating;
    @Column(name = "organisation_rating")
    private short organisationRating;
    private String comment;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> answers;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Feedback() {
        // for Hibernate
    }

    /** The answer of {@code registration}'s participant, who attended; anonymous: nothing that names them is kept. */
    public static Feedback of(Registration registration, boolean anonymous, Ratings ratings, String comment,
            Map<String, Object> answers, Instant now) {
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        feedback.session = registration.session();
        feedback.eventId = registration.session().event().id();
        feedback.organisation = registration.session().ownerOrganisation();
        feedback.registrationId = anonymous ? null : registration.id();
        feedback.participantName = anonymous ? null : registration.name();
        feedback.eventRating = (short) ratings.event();
        feedback.organisationRating = (short) ratings.organisation();
        feedback.comment = comment == null || comment.isBlank() ? null : comment.strip();
        feedback.answers = Map.copyOf(answers);
        feedback.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return feedback;
    }

    public UUID id() {
        return id;
    }

    public Session session() {
        return session;
    }

    public UUID eventId() {
        return eventId;
    }

    public boolean isAnonymous() {
        return registrationId == null;
    }

    public String participantName() {
        return participantName;
    }

    public int eventRating() {
        return eventRating;
    }

    public int organisationRating() {
        return organisationRating;
    }

    public String comment() {
        return comment;
    }

    public Map<String, Object> answers() {
        return answers == null ? Map.of() : answers;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
