package eu.od4growth.catalog.dataset.quality;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import eu.od4growth.catalog.dataset.model.Dataset;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Assesses, in the background and a batch at a time, the datasets that have no quality yet (those stored before the
 * quality existed). Each batch claims its rows with {@code FOR UPDATE SKIP LOCKED}, so several replicas share the
 * work without doing it twice.
 */
@ApplicationScoped
class QualityBackfill {

    private static final Logger LOG = Logger.getLogger(QualityBackfill.class);
    private static final int BATCH = 50;

    private final EntityManager entities;
    private final QualityAssessor assessor;

    QualityBackfill(EntityManager entities, QualityAssessor assessor) {
        this.entities = entities;
        this.assessor = assessor;
    }

    @Scheduled(every = "${od4g.catalog.quality.backfill-every:60s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void assessUnassessed() {
        int assessed;
        int total = 0;
        do {
            assessed = QuarkusTransaction.requiringNew().call(this::batch);
            total += assessed;
        } while (assessed == BATCH);
        if (total > 0) {
            LOG.infof("Assessed the metadata quality of %d datasets", total);
        }
    }

    private int batch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entities.createNativeQuery(
                "SELECT id FROM dataset WHERE quality_score IS NULL ORDER BY id LIMIT " + BATCH
                        + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        for (UUID id : ids) {
            assessor.assess(entities.find(Dataset.class, id));
        }
        return ids.size();
    }
}
