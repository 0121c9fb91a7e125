package eu.od4growth.workshop.person.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.workshop.registration.application.Registrations;

/**
 * This service's part of a person's data (docs/workshop/privacy.md). A person is their OIDC subject, plus the
 * {@code mailto:} keys of the addresses they registered with, under which an organiser may have registered them.
 * Erasure cancels their registrations of sessions still to come (the place goes to the waiting list as on any
 * cancellation), keeps those of past sessions for the counts but without anything that names the person, makes their
 * feedback anonymous, deletes their mails and replaces their subject in "who" fields by {@value #PSEUDONYM}.
 */
@ApplicationScoped
public class PersonalData {

    /** What replaces a person's subject in the records kept after their erasure. */
    public static final String PSEUDONYM = "erased";
    static final String SERVICE = "workshop";

    private static final TypeReference<List<Object>> ROWS = new TypeReference<>() {
    };
    private static final String THEIR_REGISTRATIONS = "SELECT id FROM registration WHERE participant IN (:keys)";

    private final EntityManager entities;
    private final Registrations registrations;
    private final Clock clock;
    private final ObjectMapper json;

    PersonalData(EntityManager entities, Registrations registrations, Clock clock, ObjectMapper json) {
        this.entities = entities;
        this.registrations = registrations;
        this.clock = clock;
        this.json = json;
    }

    /** Every personal field this service holds about {@code subject}, and what they authored. */
    @Transactional
    public ServicePersonalData export(String subject) {
        Person person = person(subject);
        Map<String, List<Object>> records = new LinkedHashMap<>();
        records.put("registrations", rows("""
                SELECT r.id, r.session_id AS "sessionId", s.event_id AS "eventId", e.title AS "eventTitle",
                       s.starts_at AS "sessionStartsAt", s.ends_at AS "sessionEndsAt", r.status, r.participant, r.name,
                       r.email, r.language, r.organisation AS "organization", r.answers, r.registered_by AS "registeredBy",
                       r.offer_expires_at AS "offerExpiresAt", r.checked_in_at AS "checkedInAt",
                       r.feedback_given_at AS "feedbackGivenAt", r.created_at AS "createdAt", r.updated_at AS "updatedAt"
                FROM registration r JOIN event_session s ON s.id = r.session_id JOIN event e ON e.id = s.event_id
                WHERE r.participant IN (:keys)""", person));
        records.put("feedback", rows("""
                SELECT f.id, f.registration_id AS "registrationId", f.session_id AS "sessionId", f.event_id AS "eventId",
                       f.participant_name AS "participantName", f.event_rating AS "eventRating",
                       f.organisation_rating AS "organizationRating", f.comment, f.answers, f.created_at AS "createdAt"
                FROM feedback f WHERE f.registration_id IN (""" + THEIR_REGISTRATIONS + ")", person));
        records.put("mails", rows("""
                SELECT m.id, m.kind, m.registration_id AS "registrationId", m.recipient, m.language, m.subject,
                       m.text_body AS "text", m.created_at AS "createdAt", m.sent_at AS "sentAt"
                FROM mail_outbox m WHERE m.registration_id IN (""" + THEIR_REGISTRATIONS
                + ") OR lower(m.recipient) IN (:emails)", person));
        records.put("eventsCreated", rows("""
                SELECT e.id, e.owner_organisation AS "organization", e.title, e.created_by AS "createdBy",
                       e.created_at AS "createdAt" FROM event e WHERE e.created_by = :subject""", person));
        records.put("sessionsCreated", rows("""
                SELECT s.id, s.event_id AS "eventId", s.owner_organisation AS "organization", s.created_by AS "createdBy",
                       s.created_at AS "createdAt" FROM event_session s WHERE s.created_by = :subject""", person));
        records.put("registrationsMadeForOthers", rows("""
                SELECT r.id, r.session_id AS "sessionId", r.registered_by AS "registeredBy", r.created_at AS "createdAt"
                FROM registration r WHERE r.registered_by = :subject AND r.participant NOT IN (:keys)""", person));
        records.put("checkInsMade", rows("""
                SELECT r.id AS "registrationId", r.session_id AS "sessionId", r.checked_in_by AS "checkedInBy",
                       r.checked_in_at AS "checkedInAt"
                FROM registration r WHERE r.checked_in_by = :subject AND r.participant NOT IN (:keys)""", person));
        return new ServicePersonalData(SERVICE, subject, records);
    }

    /** Erases or anonymises what this service holds about {@code subject}; all or nothing, and idempotent. */
    @Transactional
    public ServiceErasure erase(String subject) {
        Person person = person(subject);
        Map<String, Long> erased = new LinkedHashMap<>();
        // Registrations still in play for sessions that have not ended: cancelled as the person would, session by
        // session in one order (the row locks), so that the waiting lists move on.
        @SuppressWarnings("unchecked")
        List<UUID> toCancel = entities.createNativeQuery("""
                SELECT r.id FROM registration r JOIN event_session s ON s.id = r.session_id
                WHERE r.participant IN (:keys) AND r.status IN ('CONFIRMED', 'OFFERED', 'WAITING') AND s.ends_at > :now
                ORDER BY r.session_id, r.id""", UUID.class).setParameter("keys", person.keys())
                .setParameter("now", clock.instant()).getResultList();
        toCancel.forEach(registrations::cancelForErasure);
        entities.flush();
        erased.put("registrationsCancelled", (long) toCancel.size());
        erased.put("mailsDeleted", update("DELETE FROM mail_outbox WHERE registration_id IN (" + THEIR_REGISTRATIONS
                + ") OR lower(recipient) IN (:emails)", person));
        erased.put("feedbackAnonymised", update("UPDATE feedback SET registration_id = NULL, participant_name = NULL"
                + " WHERE registration_id IN (" + THEIR_REGISTRATIONS + ")", person));
        erased.put("registrationsAnonymised", update("""
                UPDATE registration SET participant = :pseudonym, name = NULL, email = NULL, answers = '{}'::jsonb,
                       registered_by = CASE WHEN registered_by IN (:keys) THEN :pseudonym ELSE registered_by END,
                       updated_at = :now, row_version = row_version + 1
                WHERE participant IN (:keys)""", person));
        erased.put("registrationsMadeForOthers", update("UPDATE registration SET registered_by = :pseudonym"
                + " WHERE registered_by = :subject", person));
        erased.put("checkInsMade", update("UPDATE registration SET checked_in_by = :pseudonym"
                + " WHERE checked_in_by = :subject", person));
        erased.put("eventsCreated", update("UPDATE event SET created_by = :pseudonym WHERE created_by = :subject",
                person));
        erased.put("sessionsCreated", update("UPDATE event_session SET created_by = :pseudonym"
                + " WHERE created_by = :subject", person));
        return new ServiceErasure(SERVICE, subject, erased);
    }

    /** The subject, and the addresses they registered with (an organiser registers people by address). */
    private record Person(String subject, List<String> keys, List<String> emails) {
    }

    private Person person(String subject) {
        @SuppressWarnings("unchecked")
        List<String> emails = entities.createNativeQuery("SELECT DISTINCT lower(email) FROM registration"
                + " WHERE participant = :subject AND email IS NOT NULL", String.class).setParameter("subject", subject)
                .getResultList();
        List<String> keys = new ArrayList<>();
        keys.add(subject);
        emails.forEach(email -> keys.add("mailto:" + email));
        // "IN ()" is no SQL: an address nobody has stands for none.
        return new Person(subject, keys, emails.isEmpty() ? List.of("") : emails);
    }

    private List<Object> rows(String select, Person person) {
        var query = entities.createNativeQuery("SELECT coalesce(jsonb_agg(to_jsonb(x)), '[]'::jsonb)::text FROM ("
                + select + ") x", String.class);
        bind(query, select, person);
        try {
            return json.readValue((String) query.getSingleResult(), ROWS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL answered JSON that cannot be read", e);
        }
    }

    private long update(String statement, Person person) {
        var query = entities.createNativeQuery(statement);
        bind(query, statement, person);
        return query.executeUpdate();
    }

    private void bind(jakarta.persistence.Query query, String sql, Person person) {
        if (sql.contains(":keys")) {
            query.setParameter("keys", person.keys());
        }
        if (sql.contains(":emails")) {
            query.setParameter("emails", person.emails());
        }
        if (sql.contains(":subject")) {
            query.setParameter("subject", person.subject());
        }
        if (sql.contains(":pseudonym")) {
            query.setParameter("pseudonym", PSEUDONYM);
        }
        if (sql.contains(":now")) {
            query.setParameter("now", clock.instant());
        }
    }
}
