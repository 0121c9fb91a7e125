package eu.od4growth.assessment.person;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;

/**
 * The assessment service's part of the persons protocol: export and erasure of what it holds about one OIDC subject.
 * The personal fields are the "who" columns ({@code created_by} of assessments, models, campaigns, objectives and
 * actions; {@code invited_by} of invitations) and the free-text {@code responsible} of actions; erasure replaces them
 * with {@link #PSEUDONYM}, in one transaction, so the records stay with their organisation and every score and
 * benchmark stays as it was. Straight SQL: the records of five features are touched, none of their rules apply.
 */
@ApplicationScoped
public class PersonalData {

    /** What the "who" fields of an erased person say. */
    public static final String PSEUDONYM = "erased";
    static final String SERVICE = "assessment";

    private static final TypeReference<Map<String, Answer>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final EntityManager entities;
    private final Caller caller;
    private final JsonWebToken token;
    private final ObjectMapper json;

    PersonalData(EntityManager entities, Caller caller, JsonWebToken token, ObjectMapper json) {
        this.entities = entities;
        this.caller = caller;
        this.token = token;
        this.json = json;
    }

    /** Everything the service holds about {@code subject}: for the person themselves or an administrator. */
    @Transactional
    public PersonalRecords export(String subject) {
        requireAllowed(subject);
        List<String> names = names(subject);
        return new PersonalRecords(SERVICE, subject, new PersonalRecords.Records(
                rows("SELECT id, owner_organisation, model_id, campaign_id, status, created_at, submitted_at,"
                        + " CAST(answers AS text) FROM assessment WHERE created_by = :subject ORDER BY created_at, id",
                        subject, row -> new PersonalRecords.StartedAssessment((UUID) row[0], (String) row[1],
                                (UUID) row[2], (UUID) row[3], (String) row[4], instant(row[5]), instant(row[6]),
                                read((String) row[7], ANSWERS))),
                authored("questionnaire_model", subject), authored("campaign", subject),
                rows("SELECT campaign_id, organisation, invited_at FROM campaign_invitation WHERE invited_by = :subject"
                        + " ORDER BY invited_at, campaign_id, organisation", subject,
                        row -> new PersonalRecords.SentInvitation((UUID) row[0], (String) row[1], instant(row[2]))),
                rows("SELECT id, owner_organisation, dimension, description, due_on, created_at FROM objective"
                        + " WHERE created_by = :subject ORDER BY created_at, id", subject,
                        row -> new PersonalRecords.AuthoredObjective((UUID) row[0], (String) row[1], (String) row[2],
                                (String) row[3], date(row[4]), instant(row[5]))),
                rows("SELECT id, owner_organisation, title, responsible, created_at FROM plan_action"
                        + " WHERE created_by = :subject ORDER BY created_at, id", subject, PersonalData::action),
                names.isEmpty() ? List.of()
                        : rows(responsibleQuery("SELECT id, owner_organisation, title, responsible, created_at"), names,
                                PersonalData::action)));
    }

    /**
     * Unlinks {@code subject} from every record, all or nothing: the who fields say {@link #PSEUDONYM} from now on and
     * the records get a new version (their ETag changes). Repeating it changes nothing and answers zeros.
     */
    @Transactional
    public PersonalErasure erase(String subject) {
        requireAllowed(subject);
        List<String> names = names(subject);
        long assessments = unlink("assessment", subject);
        long models = unlink("questionnaire_model", subject);
        long campaigns = unlink("campaign", subject);
        long objectives = unlink("objective", subject);
        long actions = unlink("plan_action", subject);
        long responsible = names.isEmpty() ? 0
                : bind(entities.createNativeQuery(responsibleQuery(
                        "UPDATE plan_action SET responsible = :pseudonym, row_version = row_version + 1")), names)
                        .setParameter("pseudonym", PSEUDONYM).executeUpdate();
        // invitations last: a failure here must undo the rest (tested with a failing trigger)
        long invitations = entities.createNativeQuery(
                "UPDATE campaign_invitation SET invited_by = :pseudonym WHERE invited_by = :subject")
                .setParameter("pseudonym", PSEUDONYM).setParameter("subject", subject).executeUpdate();
        return new PersonalErasure(SERVICE, subject, new PersonalErasure.Erased(assessments, models, campaigns,
                invitations, objectives, actions, responsible));
    }

    private void requireAllowed(String subject) {
        if (PSEUDONYM.equals(subject)) {
            new Violations().add("subject", "'" + PSEUDONYM + "' is the pseudonym of erased persons, not a person")
                    .throwIfAny();
        }
        caller.requireSelfOrAdmin(subject);
    }

    /**
     * The names by which the person may appear in free text: their name, username and e-mail address as their own
     * token says, when they ask for themselves (an administrator's token names the administrator, not the person).
     */
    private List<String> names(String subject) {
        if (!subject.equals(caller.subject()) || caller.organisation().isEmpty()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String claim : List.of("name", "preferred_username", "email")) {
            Object value = token.getClaim(claim);
            if (value instanceof jakarta.json.JsonString string) {
                value = string.getString();
            }
            if (value instanceof String name && !name.isBlank()) {
                names.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }

    /** Actions of the caller's organisation whose responsible is one of the names, whatever the case and spaces. */
    private static String responsibleQuery(String head) {
        return head + (head.startsWith("SELECT") ? " FROM plan_action" : "")
                + " WHERE owner_organisation = :organisation AND lower(trim(responsible)) IN (:names)"
                + (head.startsWith("SELECT") ? " ORDER BY created_at, id" : "");
    }

    private Query bind(Query query, List<String> names) {
        return query.setParameter("organisation", caller.organisation().orElseThrow()).setParameter("names", names);
    }

    private long unlink(String table, String subject) {
        return entities.createNativeQuery("UPDATE " + table + " SET created_by = :pseudonym,"
                + " row_version = row_version + 1 WHERE created_by = :subject").setParameter("pseudonym", PSEUDONYM)
                .setParameter("subject", subject).executeUpdate();
    }

    private List<PersonalRecords.AuthoredRecord> authored(String table, String subject) {
        return rows("SELECT id, owner_organisation, status, CAST(title AS text), created_at FROM " + table
                + " WHERE created_by = :subject ORDER BY created_at, id", subject,
                row -> new PersonalRecords.AuthoredRecord((UUID) row[0], (String) row[1], (String) row[2],
                        read((String) row[3], TEXTS), instant(row[4])));
    }

    private <T> List<T> rows(String sql, String subject, Function<Object[], T> mapping) {
        return rows(entities.createNativeQuery(sql).setParameter("subject", subject), mapping);
    }

    private <T> List<T> rows(String sql, List<String> names, Function<Object[], T> mapping) {
        return rows(bind(entities.createNativeQuery(sql), names), mapping);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Query query, Function<Object[], T> mapping) {
        List<T> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.add(mapping.apply(row));
        }
        return rows;
    }

    private static PersonalRecords.AuthoredAction action(Object[] row) {
        return new PersonalRecords.AuthoredAction((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                instant(row[4]));
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored JSON column cannot be read", e);
        }
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
