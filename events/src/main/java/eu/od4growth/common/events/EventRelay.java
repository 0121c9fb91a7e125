package eu.od4growth.common.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Hands the outbox's committed events to the webhook hub, at least once and in order of occurrence. Rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}, so several replicas relay side by side without sending an event twice at the
 * same time; a failed hand-over is retried with exponential back-off (2 s doubling, at most 5 minutes).
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    private final EntityManager entities;
    private final EventSink sink;
    private final Clock clock;
    private final String service;
    private final int batch;

    EventRelay(EntityManager entities, EventSink sink, Instance<Clock> clocks, DomainEvents events,
            @ConfigProperty(name = "od4g.events.relay.batch") int batch) {
        this.entities = entities;
        this.sink = sink;
        this.clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
        this.service = events.service();
        this.batch = batch;
    }

    @Scheduled(identity = "event-relay", every = "${od4g.events.relay.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        relayPending();
    }

    /** Relays one batch of due events; returns how many the hub accepted (0 when none were due or it failed). */
    @Transactional
    @SuppressWarnings("unchecked")
    public int relayPending() {
        Instant now = clock.instant();
        List<OutboxEvent> due = entities
                .createNativeQuery("SELECT * FROM event_outbox WHERE relayed_at IS NULL AND next_attempt_at <= :now"
                        + " ORDER BY occurred_at, id LIMIT :batch FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter("now", now).setParameter("batch", batch).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        try {
            sink.accept(due.stream().map(row -> row.toEvent(service)).toList());
        } catch (Exception e) {
            for (OutboxEvent row : due) {
                row.attempts++;
                row.nextAttemptAt = now.plus(retryDelay(row.attempts));
                row.lastError = abbreviate(String.valueOf(e.getMessage()));
            }
            LOG.warnf("Relaying %d event(s) to the webhook hub failed (%s); next attempt in %s", due.size(),
                    e.getMessage(), retryDelay(due.get(0).attempts));
            return 0;
        }
        for (OutboxEvent row : due) {
            row.relayedAt = now;
            row.lastError = null;
        }
        return due.size();
    }

    static Duration retryDelay(int attempts) {
        if (attempts >= 20) {
            return LONGEST_RETRY;
        }
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.max(0, attempts - 1));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private static String abbreviate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 500);
    }
}
