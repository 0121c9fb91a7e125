package eu.od4growth.catalog.harvest;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;

/** The harvest sources and their runs, for administrators. */
@ApplicationScoped
class HarvestSources {

    private final EntityManager entities;
    private final Publishers publishers;
    private final Caller caller;
    private final ObjectMapper json;

    HarvestSources(EntityManager entities, Publishers publishers, Caller caller, ObjectMapper json) {
        this.entities = entities;
        this.publishers = publishers;
        this.caller = caller;
        this.json = json;
    }

    @Transactional
    HarvestSource register(HarvestSourceRequest request) {
        if (publishers.bySlug(Set.of(request.organization())).isEmpty()) {
            throw Violations.of("organization", "must be the slug of a registered organization");
        }
        HarvestSource source = new HarvestSource(request, caller.subject());
        entities.persist(source);
        entities.flush();
        return source;
    }

    @Transactional
    List<HarvestSourceView> list() {
        return entities.createQuery("from HarvestSource order by organisation, name", HarvestSource.class)
                .getResultList().stream().map(HarvestSourceView::of).toList();
    }

    @Transactional
    HarvestSource get(UUID id) {
        HarvestSource source = entities.find(HarvestSource.class, id);
        if (source == null) {
            throw ProblemException.notFound("Harvest source", id);
        }
        return source;
    }

    /** The source's runs, the latest first (at most 100). */
    @Transactional
    @SuppressWarnings("unchecked")
    List<HarvestRunView> runs(UUID id) {
        get(id);
        List<Object[]> rows = entities.createNativeQuery("SELECT id, started_at, finished_at, status, found, created,"
                + " updated, unchanged, skipped, withdrawn, cast(errors as text) FROM harvest_run WHERE source_id = :s"
                + " ORDER BY started_at DESC LIMIT 100").setParameter("s", id).getResultList();
        return rows.stream().map(row -> new HarvestRunView((UUID) row[0], id, instant(row[1]), instant(row[2]),
                (String) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(), ((Number) row[7]).intValue(), ((Number) row[8]).intValue(),
                ((Number) row[9]).intValue(), errors((String) row[10]))).toList();
    }

    private List<String> errors(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            return List.of(text);
        }
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
