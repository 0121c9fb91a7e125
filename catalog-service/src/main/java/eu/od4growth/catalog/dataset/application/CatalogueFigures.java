package eu.od4growth.catalog.dataset.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Counts over the published datasets that the CKAN API shows: per organisation, per theme, and the keywords. */
@ApplicationScoped
public class CatalogueFigures {

    private final EntityManager entities;

    CatalogueFigures(EntityManager entities) {
        this.entities = entities;
    }

    /** Published datasets per organisation slug. */
    @Transactional
    public Map<String, Long> publishedByOrganisation() {
        return counts("SELECT d.owner_organisation, count(*) FROM dataset d WHERE d.status = 'PUBLISHED' GROUP BY 1");
    }

    /** Published datasets per theme code. */
    @Transactional
    public Map<String, Long> publishedByTheme() {
        return counts("SELECT t.value, count(*) FROM dataset d CROSS JOIN jsonb_array_elements_text(d.themes) t"
                + " WHERE d.status = 'PUBLISHED' GROUP BY 1");
    }

    /** The keywords of published datasets, in alphabetical order, containing {@code query} if given. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> keywords(String query, int offset, int limit) {
        var sql = entities.createNativeQuery("SELECT DISTINCT w.value FROM dataset d CROSS JOIN jsonb_each(d.keywords) k"
                + " CROSS JOIN jsonb_array_elements_text(k.value) w WHERE d.status = 'PUBLISHED'"
                + (query == null ? "" : " AND w.value LIKE :query") + " ORDER BY 1 OFFSET " + offset + " LIMIT " + limit);
        if (query != null) {
            sql.setParameter("query", "%" + query.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.getResultList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery(sql).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
