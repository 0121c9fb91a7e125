package eu.od4growth.catalog.person;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;

/**
 * The catalog's part of the persons protocol: export and erasure of what it holds about one OIDC subject. The personal
 * fields are the "who" columns ({@code created_by} of datasets, data requests, reuses, plan items, harvest sources and
 * webhook subscriptions; {@code changed_by} of the dataset history; {@code voter} of votes) and the author name of a
 * reuse declared by a person. Erasure replaces them with {@link #PSEUDONYM} in one transaction, so every record stays
 * with its organisation and every count stays as it was; a vote keeps counting under an anonymous key of its own (the
 * key of a vote is its request and voter, so two erased voters of one request need two keys). Straight SQL: the
 * records of seven features are touched, none of their rules apply.
 */
@ApplicationScoped
public class PersonalData {

    /** What the "who" fields of an erased person say. */
    public static final String PSEUDONYM = "erased";
    static final String SERVICE = "catalog";

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    /** Tables whose {@code created_by} names the author, in the order of the answer's kinds. */
    private static final List<String> AUTHORED = List.of("dataset", "data_request", "reuse", "planned_dataset",
            "harvest_source", "webhook_subscription");

    private final EntityManager entities;
    private final Caller caller;
    private final ObjectMapper json;

    PersonalData(EntityManager entities, Caller caller, ObjectMapper json) {
        this.entities = entities;
        this.caller = caller;
        this.json = json;
    }

    /** Everything the catalog holds about {@code subject}: for the person themselves or an administrator. */
    @Transactional
    public PersonalRecords export(String subject) {
        requireAllowed(subject);
        return new PersonalRecords(SERVICE, subject, new PersonalRecords.Records(
                rows("SELECT id, owner_organisation, CAST(title AS text), created_at FROM dataset WHERE created_by = :subject"
                        + " ORDER BY created_at, id", subject, this::authored),
                rows("SELECT dataset_id, action, comment, changed_at FROM dataset_change WHERE changed_by = :subject"
                        + " ORDER BY changed_at, id", subject,
                        row -> new PersonalRecords.Change((UUID) row[0],
                                (String) row[1], (String) row[2], instant(row[3]))),
                rows("SELECT id, owner_organisation, title, description, status, created_at FROM data_request"
                        + " WHERE created_by = :subject ORDER BY created_at, id", subject,
                        row -> new PersonalRecords.Request((UUID) row[0], (String) row[1], (String) row[2],
                                (String) row[3], (String) row[4], instant(row[5]))),
                rows("SELECT request_id, voted_at FROM data_request_vote WHERE voter = :subject ORDER BY voted_at",
                        subject, row -> new PersonalRecords.Vote((UUID) row[0], instant(row[1]))),
                rows("SELECT id, title, url, author_name, author_organisation, created_at FROM reuse"
                        + " WHERE created_by = :subject ORDER BY created_at, id", subject,
                        row -> new PersonalRecords.DeclaredReuse((UUID) row[0], (String) row[1], (String) row[2],
                                (String) row[3], (String) row[4], instant(row[5]))),
                rows("SELECT id, owner_organisation, CAST(title AS text), created_at FROM planned_dataset"
                        + " WHERE created_by = :subject ORDER BY created_at, id", subject, this::authored),
                rows("SELECT id, owner_organisation, name, created_at FROM harvest_source WHERE created_by = :subject"
                        + " ORDER BY created_at, id", subject, PersonalData::named),
                rows("SELECT id, owner_organisation, url, created_at FROM webhook_subscription WHERE created_by = :subject"
                        + " ORDER BY created_at, id", subject, PersonalData::named)));
    }

    /**
     * Unlinks {@code subject} from every record, all or nothing: the who fields say {@link #PSEUDONYM} from now on and
     * the records get a new version (their ETag changes). Repeating it changes nothing and answers zeros.
     */
    @Transactional
    public PersonalErasure erase(String subject) {
        requireAllowed(subject);
        Map<String, Long> counts = new LinkedHashMap<>();
        // A reuse declared by a person names them: the name goes with the link.
        entities.createNativeQuery("UPDATE reuse SET author_name = :pseudonym WHERE created_by = :subject"
                + " AND author_name IS NOT NULL").setParameter("pseudonym", PSEUDONYM).setParameter("subject", subject)
                .executeUpdate();
        for (String table : AUTHORED) {
            counts.put(table, (long) entities.createNativeQuery("UPDATE " + table + " SET created_by = :pseudonym,"
                    + " row_version = row_version + 1 WHERE created_by = :subject").setParameter("pseudonym", PSEUDONYM)
                    .setParameter("subject", subject).executeUpdate());
        }
        long changes = entities.createNativeQuery(
                "UPDATE dataset_change SET changed_by = :pseudonym WHERE changed_by = :subject")
                .setParameter("pseudonym", PSEUDONYM).setParameter("subject", subject).executeUpdate();
        long votes = entities.createNativeQuery("UPDATE data_request_vote SET voter = :pseudonym || ':' || gen_random_uuid()"
                + " WHERE voter = :subject").setParameter("pseudonym", PSEUDONYM).setParameter("subject", subject)
                .executeUpdate();
        return new PersonalErasure(SERVICE, subject, new PersonalErasure.Erased(counts.get("dataset"), changes,
                counts.get("data_request"), votes, counts.get("reuse"), counts.get("planned_dataset"),
                counts.get("harvest_source"), counts.get("webhook_subscription")));
    }

    private void requireAllowed(String subject) {
        if (PSEUDONYM.equals(subject) || subject.startsWith(PSEUDONYM + ":")) {
            new Violations().add("subject", "'" + PSEUDONYM + "' is the pseudonym of erased persons, not a person")
                    .throwIfAny();
        }
        caller.requireSelfOrAdmin(subject);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, String subject, Function<Object[], T> row) {
        List<Object[]> found = entities.createNativeQuery(sql).setParameter("subject", subject).getResultList();
        return found.stream().map(row).toList();
    }

    private PersonalRecords.Authored authored(Object[] row) {
        try {
            return new PersonalRecords.Authored((UUID) row[0], (String) row[1], json.readValue((String) row[2], TEXTS),
                    instant(row[3]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored title is not JSON", e);
        }
    }

    private static PersonalRecords.Authored named(Object[] row) {
        return new PersonalRecords.Authored((UUID) row[0], (String) row[1], Map.of("und", (String) row[2]),
                instant(row[3]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : null;
    }
}
