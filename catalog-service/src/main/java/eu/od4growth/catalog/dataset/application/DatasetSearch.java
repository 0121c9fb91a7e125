package eu.od4growth.catalog.dataset.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import eu.od4growth.catalog.dataset.application.SearchPage.FacetCount;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.common.security.Visibility;

/**
 * The catalogue search in SQL: PostgreSQL full-text search over the generated per-language tsvectors (each behind a
 * GIN index), ranked; filters; facet counts over the whole result; keyset cursors. Only what the caller may see is
 * counted, and archived datasets only when asked for.
 */
@ApplicationScoped
class DatasetSearch {

    static final int FACET_LIMIT = 30;
    private static final String PUBLIC = "d.status IN ('PUBLISHED', 'ARCHIVED')";
    private static final String RANK = "greatest(ts_rank(d.search_fr, websearch_to_tsquery('od4g_fr', :q)), "
            + "ts_rank(d.search_en, websearch_to_tsquery('od4g_en', :q)), "
            + "ts_rank(d.search_it, websearch_to_tsquery('od4g_it', :q)))";
    private static final String MATCH = "(d.search_fr @@ websearch_to_tsquery('od4g_fr', :q) "
            + "OR d.search_en @@ websearch_to_tsquery('od4g_en', :q) "
            + "OR d.search_it @@ websearch_to_tsquery('od4g_it', :q))";

    /**
     * The facets in the answer's order: each aggregates the matching datasets once scanned ({@code m}), so the
     * full-text match runs once for the total and every facet.
     */
    private static final Map<String, String> FACETS = facets();

    private final EntityManager entities;
    private final DatasetRepository datasets;

    DatasetSearch(EntityManager entities, DatasetRepository datasets) {
        this.entities = entities;
        this.datasets = datasets;
    }

    SearchPage search(SearchCriteria criteria, Visibility visibility, boolean withFacets) {
        Where where = where(criteria, visibility);
        SearchSort sort = criteria.sort();
        String key = sort == SearchSort.RELEVANCE ? (criteria.q() == null ? "cast(0 as real)" : RANK) : sort.expression();
        StringBuilder sql = new StringBuilder("SELECT s.id, s.k FROM (SELECT d.id AS id, ").append(key)
                .append(" AS k FROM dataset d WHERE ").append(where.sql).append(") s");
        Map<String, Object> parameters = new HashMap<>(where.parameters);
        if (criteria.cursor() != null) {
            SearchCursor cursor = SearchCursor.decode(criteria.cursor(), sort);
            String typed = "cast(:cursorKey as " + sort.keyType() + ")";
            sql.append(" WHERE (s.k ").append(sort.descending ? "<" : ">").append(' ').append(typed)
                    .append(" OR (s.k = ").append(typed).append(" AND s.id > :cursorId))");
            parameters.put("cursorKey", cursor.key());
            parameters.put("cursorId", cursor.id());
        }
        sql.append(" ORDER BY s.k ").append(sort.descending ? "DESC" : "ASC").append(", s.id LIMIT ")
                .append(criteria.size() + 1);
        if (criteria.cursor() == null) {
            sql.append(" OFFSET ").append(criteria.offset());
        }
        List<Object[]> rows = rows(sql.toString(), parameters);
        boolean more = rows.size() > criteria.size();
        List<Object[]> shown = more ? rows.subList(0, criteria.size()) : rows;
        List<UUID> ids = shown.stream().map(row -> (UUID) row[0]).toList();

        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        long total = summary(where, withFacets, facets);
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = new SearchCursor(sort, keyText(last[1]), (UUID) last[0]).encode();
        }
        return new SearchPage(load(ids), total, facets, next);
    }

    /** The full-text part of the search as it runs for the public, for the plan test and the benchmark. */
    static String publicMatch() {
        return "SELECT d.id FROM dataset d WHERE " + PUBLIC + " AND " + MATCH + " ORDER BY " + RANK + " DESC LIMIT 20";
    }

    private List<Dataset> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Dataset> byId = datasets.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Dataset::id, Function.identity()));
        List<Dataset> ordered = ids.stream().map(byId::get).toList();
        ordered.forEach(dataset -> dataset.distributions().size());
        return ordered;
    }

    /** Counts the matching datasets and, if asked, fills {@code facets}, in one statement; answers the total. */
    private long summary(Where where, boolean withFacets, Map<String, List<FacetCount>> facets) {
        if (!withFacets) {
            return ((Number) query("SELECT count(*) FROM dataset d WHERE " + where.sql, where.parameters)
                    .getSingleResult()).longValue();
        }
        StringBuilder sql = new StringBuilder("WITH m AS MATERIALIZED (SELECT d.id, d.themes, d.owner_organisation, ")
                .append("d.license, d.keywords, d.hvd_categories, d.frequency, d.quality_rating FROM dataset d WHERE ")
                .append(where.sql)
                .append(") SELECT 'total' AS facet, CAST(NULL AS text) AS value, count(*) AS n FROM m");
        FACETS.forEach((name, pairs) -> sql.append(" UNION ALL (SELECT '").append(name)
                .append("', f.value, count(DISTINCT f.id) AS n FROM (").append(pairs)
                .append(") f WHERE f.value IS NOT NULL GROUP BY f.value ORDER BY n DESC, f.value LIMIT ")
                .append(FACET_LIMIT).append(')'));
        FACETS.keySet().forEach(name -> facets.put(name, new ArrayList<>()));
        long total = 0;
        for (Object[] row : rows(sql.toString(), where.parameters)) {
            long count = ((Number) row[2]).longValue();
            if ("total".equals(row[0])) {
                total = count;
            } else {
                facets.get((String) row[0]).add(new FacetCount((String) row[1], count));
            }
        }
        facets.replaceAll((name, counts) -> List.copyOf(counts));
        return total;
    }

    /** Per facet, the (dataset, value) pairs of the matching datasets {@code m}. */
    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("theme", "SELECT m.id, t.value FROM m CROSS JOIN jsonb_array_elements_text(m.themes) t");
        facets.put("organization", "SELECT m.id, m.owner_organisation AS value FROM m");
        facets.put("format", "SELECT m.id, x.format AS value FROM m JOIN distribution x ON x.dataset_id = m.id");
        facets.put("license", "SELECT m.id, m.license AS value FROM m");
        facets.put("keyword", "SELECT m.id, w.value FROM m CROSS JOIN jsonb_each(m.keywords) k "
                + "CROSS JOIN jsonb_array_elements_text(k.value) w");
        facets.put("hvdCategory", "SELECT m.id, h.value FROM m CROSS JOIN jsonb_array_elements_text(m.hvd_categories) h");
        facets.put("frequency", "SELECT m.id, m.frequency AS value FROM m");
        facets.put("rating", "SELECT m.id, lower(m.quality_rating) AS value FROM m");
        return java.util.Collections.unmodifiableMap(facets);
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }

    private static Where where(SearchCriteria criteria, Visibility visibility) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (visibility instanceof Visibility.PublicAnd own) {
            conditions.add("(" + PUBLIC + " OR d.owner_organisation = :visibleOwner)");
            parameters.put("visibleOwner", own.organisation());
        } else if (visibility instanceof Visibility.PublicOnly) {
            conditions.add(PUBLIC);
        }
        if (criteria.status() != null) {
            conditions.add("d.status = :status");
            parameters.put("status", criteria.status().name());
        } else {
            conditions.add("d.status <> '" + DatasetStatus.ARCHIVED.name() + "'");
        }
        if (criteria.q() != null) {
            conditions.add(MATCH);
            parameters.put("q", criteria.q());
        }
        contains(conditions, parameters, "d.themes", "theme", criteria.themes());
        contains(conditions, parameters, "d.hvd_categories", "hvd", criteria.hvdCategories());
        in(conditions, parameters, "d.owner_organisation", "organizations", criteria.organizations());
        in(conditions, parameters, "d.license", "licenses", criteria.licenses());
        in(conditions, parameters, "d.frequency", "frequencies", criteria.frequencies());
        if (!criteria.ratings().isEmpty()) {
            conditions.add("d.quality_rating IN (:ratings)");
            parameters.put("ratings", criteria.ratings().stream().map(Enum::name).toList());
        }
        if (!criteria.formats().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM distribution x WHERE x.dataset_id = d.id AND x.format IN (:formats))");
            parameters.put("formats", criteria.formats());
        }
        if (!criteria.keywords().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM jsonb_each(d.keywords) k CROSS JOIN jsonb_array_elements_text(k.value) w"
                    + " WHERE w.value IN (:keywords))");
            parameters.put("keywords", criteria.keywords());
        }
        return new Where(String.join(" AND ", conditions), parameters);
    }

    /** Datasets whose JSON array {@code column} holds any of {@code values} (the GIN index answers containment). */
    private static void contains(List<String> conditions, Map<String, Object> parameters, String column, String name,
            List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            alternatives.add(column + " @> cast(:" + name + i + " as jsonb)");
            parameters.put(name + i, "[" + jsonString(values.get(i)) + "]");
        }
        conditions.add("(" + String.join(" OR ", alternatives) + ")");
    }

    private static void in(List<String> conditions, Map<String, Object> parameters, String column, String name,
            List<String> values) {
        if (!values.isEmpty()) {
            conditions.add(column + " IN (:" + name + ")");
            parameters.put(name, values);
        }
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String keyText(Object key) {
        if (key instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (key instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (key instanceof Instant instant) {
            return instant.toString();
        }
        return String.valueOf(key);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        return query(sql, parameters).getResultList();
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entities.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }
}
