package eu.od4growth.catalog.harvest;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the sources whose schedule is due. Each is claimed with {@code FOR UPDATE SKIP LOCKED} and its next run moved
 * forward in the same statement, so with several replicas a source runs once.
 */
@ApplicationScoped
class HarvestSchedule {

    private static final Logger LOG = Logger.getLogger(HarvestSchedule.class);

    private final EntityManager entities;
    private final Harvester harvester;

    HarvestSchedule(EntityManager entities, Harvester harvester) {
        this.entities = entities;
        this.harvester = harvester;
    }

    @Scheduled(every = "${od4g.catalog.harvest.every:5m}", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void runDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("""
                UPDATE harvest_source SET next_run_at = now() + every_hours * interval '1 hour'
                WHERE id IN (SELECT id FROM harvest_source WHERE every_hours IS NOT NULL AND next_run_at <= now()
                             ORDER BY next_run_at LIMIT 5 FOR UPDATE SKIP LOCKED)
                RETURNING id""").getResultList());
        for (UUID id : due) {
            HarvestRunView run = harvester.run(id);
            LOG.infof("Harvest of source %s: %s, %d found, %d created, %d updated, %d withdrawn, %d skipped", id,
                    run.status(), run.found(), run.created(), run.updated(), run.withdrawn(), run.skipped());
        }
    }
}
