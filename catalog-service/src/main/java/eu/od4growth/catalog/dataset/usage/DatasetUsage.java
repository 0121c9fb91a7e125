package eu.od4growth.catalog.dataset.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Counts views and downloads per day, each in a transaction of its own so that a read never fails because counting
 * did (it is logged instead). Only the day and the dataset or distribution are stored: no address, no account.
 */
@ApplicationScoped
public class DatasetUsage {

    private static final Logger LOG = Logger.getLogger(DatasetUsage.class);

    private final EntityManager entities;
    private final Clock clock;

    DatasetUsage(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /** Views and downloads of one dataset per day, in a period, and in all. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DatasetUsage", description = "Views and downloads of a dataset over a period")
    public record Usage(@org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "42") long views,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "7") long downloads, List<Day> days) {
    }

    /** One day's counts. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DatasetUsageDay", description = "Views and downloads of one day (UTC)")
    public record Day(@org.eclipse.microprofile.openapi.annotations.media.Schema(examples = "2026-11-28") LocalDate day,
            long views, long downloads) {
    }

    public void viewed(UUID dataset) {
        count("INSERT INTO dataset_usage (dataset_id, day, views) VALUES (:dataset, :day, 1)"
                + " ON CONFLICT (dataset_id, day) DO UPDATE SET views = dataset_usage.views + 1", dataset, null);
    }

    public void downloaded(UUID dataset, UUID distribution) {
        count("INSERT INTO distribution_usage (distribution_id, dataset_id, day, downloads)"
                + " VALUES (:distribution, :dataset, :day, 1) ON CONFLICT (distribution_id, day)"
                + " DO UPDATE SET downloads = distribution_usage.downloads + 1", dataset, distribution);
    }

    /** The counts of {@code dataset} from {@code from} to {@code to} (both included), the latest day first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Usage of(UUID dataset, LocalDate from, LocalDate to) {
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT coalesce(v.day, d.day) AS day, coalesce(v.views, 0), coalesce(d.downloads, 0)
                FROM (SELECT day, views FROM dataset_usage WHERE dataset_id = :dataset AND day BETWEEN :from AND :to) v
                FULL JOIN (SELECT day, sum(downloads) AS downloads FROM distribution_usage
                           WHERE dataset_id = :dataset AND day BETWEEN :from AND :to GROUP BY day) d ON d.day = v.day
                ORDER BY 1 DESC""").setParameter("dataset", dataset).setParameter("from", from)
                .setParameter("to", to).getResultList();
        List<Day> days = new ArrayList<>();
        long views = 0;
        long downloads = 0;
        for (Object[] row : rows) {
            Day day = new Day(toDate(row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
            views += day.views();
            downloads += day.downloads();
            days.add(day);
        }
        return new Usage(views, downloads, List.copyOf(days));
    }

    /** Today, in UTC, as the counts are kept. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void count(String sql, UUID dataset, UUID distribution) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                var query = entities.createNativeQuery(sql).setParameter("dataset", dataset).setParameter("day",
                        today());
                if (distribution != null) {
                    query.setParameter("distribution", distribution);
                }
                query.executeUpdate();
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not count a use of dataset %s: %s", dataset, e.toString());
        }
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}
