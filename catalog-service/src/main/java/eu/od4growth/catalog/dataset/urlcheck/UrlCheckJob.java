package eu.od4growth.catalog.dataset.urlcheck;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.quality.QualityAssessor;
import eu.od4growth.catalog.dataset.quality.QualityReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Checks distribution URLs in the background: each run registers the URLs not yet known, claims a batch of due ones
 * ({@code FOR UPDATE SKIP LOCKED}, with a lease, so replicas share the work), checks them host by host (a bounded pool,
 * one request at a time per host with a pause), stores what it found and assesses again the quality of the datasets
 * that use them, without changing their version (a check is not an edit).
 */
@ApplicationScoped
public class UrlCheckJob {

    private static final Logger LOG = Logger.getLogger(UrlCheckJob.class);

    private final EntityManager entities;
    private final QualityAssessor assessor;
    private final ObjectMapper json;
    private final UrlCheckConfig config;
    private final UrlChecker checker;
    private final ExecutorService pool;

    UrlCheckJob(EntityManager entities, QualityAssessor assessor, ObjectMapper json, UrlCheckConfig config) {
        this.entities = entities;
        this.assessor = assessor;
        this.json = json;
        this.config = config;
        this.checker = new UrlChecker(config.timeout(), config.maxRedirects(), config.allowPrivate());
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.concurrency()));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Scheduled(every = "${od4g.catalog.url-check.every:60s}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int checked = runOnce();
            if (checked > 0) {
                LOG.infof("Checked %d URLs", checked);
            }
        } catch (RuntimeException e) {
            LOG.warnf("URL checks failed this time: %s", e.toString());
        }
    }

    /** One run: register new URLs, claim a batch of due ones, check them; answers how many were checked. */
    public int runOnce() {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery("""
                INSERT INTO url_check (url, next_check_at)
                SELECT u.url, now() FROM (SELECT access_url AS url FROM distribution
                                          UNION SELECT download_url FROM distribution WHERE download_url IS NOT NULL) u
                ON CONFLICT (url) DO NOTHING""").executeUpdate());
        List<String> claimed = claim(config.batch());
        check(claimed);
        return claimed.size();
    }

    /** Claims up to {@code batch} due URLs for this replica, for five minutes. */
    @SuppressWarnings("unchecked")
    List<String> claim(int batch) {
        return QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("""
                UPDATE url_check SET claimed_until = now() + interval '5 minutes'
                WHERE url IN (SELECT url FROM url_check
                              WHERE next_check_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
                              ORDER BY next_check_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING url""").setParameter("batch", batch).getResultList());
    }

    /** Checks {@code urls} now, host by host, and stores the results. */
    void check(Collection<String> urls) {
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            byHost.computeIfAbsent(host(url), h -> new ArrayList<>()).add(url);
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<String> sameHost : byHost.values()) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < sameHost.size(); i++) {
                    if (i > 0) {
                        pause();
                    }
                    String url = sameHost.get(i);
                    store(url, checker.check(url));
                }
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("A URL check failed: %s", e.getCause().toString());
            }
        }
    }

    private void store(String url, UrlChecker.Result result) {
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("""
                    INSERT INTO url_check (url, state, http_status, detail, checked_at, next_check_at, claimed_until)
                    VALUES (:url, :state, :status, :detail, :now, :next, NULL)
                    ON CONFLICT (url) DO UPDATE SET state = excluded.state, http_status = excluded.http_status,
                        detail = excluded.detail, checked_at = excluded.checked_at,
                        next_check_at = excluded.next_check_at, claimed_until = NULL""")
                    .setParameter("url", url).setParameter("state", result.state().name())
                    .setParameter("status", result.httpStatus()).setParameter("detail", result.detail())
                    .setParameter("now", Instant.now()).setParameter("next", Instant.now().plus(config.recheck()))
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<UUID> datasets = entities.createNativeQuery(
                    "SELECT DISTINCT dataset_id FROM distribution WHERE access_url = :url OR download_url = :url")
                    .setParameter("url", url).getResultList();
            for (UUID id : datasets) {
                Dataset dataset = entities.find(Dataset.class, id);
                if (dataset != null) {
                    rate(id, assessor.report(dataset));
                }
            }
        });
    }

    /** Keeps the new quality without touching the dataset's version: a URL check is not an edit. */
    private void rate(UUID dataset, QualityReport report) {
        try {
            entities.createNativeQuery("UPDATE dataset SET quality_score = :score, quality_rating = :rating,"
                    + " quality = cast(:report as jsonb) WHERE id = :id")
                    .setParameter("score", java.math.BigDecimal.valueOf(report.score()))
                    .setParameter("rating", report.rating().name())
                    .setParameter("report", json.writeValueAsString(report)).setParameter("id", dataset)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.hostDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
