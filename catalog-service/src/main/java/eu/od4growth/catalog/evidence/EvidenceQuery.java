package eu.od4growth.catalog.evidence;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.dataset.quality.QualityRating;
import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.common.problem.ProblemException;

/**
 * Counts an organisation's published datasets, the shares under an open licence (licences vocabulary) and with a
 * machine-readable distribution (file-types vocabulary), and averages their metadata quality, in one statement.
 */
@ApplicationScoped
class EvidenceQuery {

    private static final String SQL = """
            SELECT count(*),
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM vocabulary_term v
                       WHERE v.vocabulary = 'licenses' AND v.code = d.license AND v.open_licence)),
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM distribution x JOIN vocabulary_term v
                       ON v.vocabulary = 'file-types' AND v.code = x.format
                       WHERE x.dataset_id = d.id AND v.machine_readable)),
                   avg(d.quality_score)
            FROM dataset d WHERE d.owner_organisation = :organization AND d.status = 'PUBLISHED'""";

    private final EntityManager entities;
    private final Publishers publishers;

    EvidenceQuery(EntityManager entities, Publishers publishers) {
        this.entities = entities;
        this.publishers = publishers;
    }

    @Transactional
    OrganizationEvidence of(String slug) {
        if (publishers.bySlug(Set.of(slug)).isEmpty()) {
            throw ProblemException.notFound("Organization", slug);
        }
        Object[] row = (Object[]) entities.createNativeQuery(SQL).setParameter("organization", slug)
                .getSingleResult();
        long published = ((Number) row[0]).longValue();
        Double average = row[3] == null ? null : Math.round(((Number) row[3]).doubleValue() * 10) / 10.0;
        return new OrganizationEvidence(slug, published, share(row[1], published), share(row[2], published), average,
                average == null ? null : QualityRating.of(average));
    }

    private static double share(Object count, long of) {
        return of == 0 ? 0 : Math.round(((Number) count).doubleValue() / of * 100) / 100.0;
    }
}
