package eu.od4growth.catalog.webhook.application;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the webhook hub delivers: timeouts, retries, batches and which targets it may call. */
@ConfigMapping(prefix = "od4g.webhooks")
public interface WebhookConfig {

    /** How often the delivery worker runs (read by the scheduler; {@code off} stops it). */
    @WithDefault("2s")
    String every();

    /** Deliveries claimed per run. */
    @WithDefault("50")
    int batch();

    /** Time allowed to connect to a receiver. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Time allowed for a receiver's answer once connected. */
    @WithDefault("5s")
    Duration responseTimeout();

    /** First retry delay ceiling; it doubles with each failed attempt (full jitter). */
    @WithDefault("5s")
    Duration backoffBase();

    /** Longest retry delay. */
    @WithDefault("1h")
    Duration backoffCap();

    /** Attempts before a delivery is marked failed. */
    @WithDefault("8")
    int maxAttempts();

    /** How long a claimed delivery stays with the worker that claimed it (longer than one attempt can take). */
    @WithDefault("1m")
    Duration lease();

    /** How long the previous secret keeps signing after a rotation. */
    @WithDefault("24h")
    Duration secretOverlap();

    /**
     * Whether loopback and private-range targets are allowed (SSRF): never in production; the local run sets
     * {@code OD4G_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true} so a receiver on the machine gets the demo's events.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
