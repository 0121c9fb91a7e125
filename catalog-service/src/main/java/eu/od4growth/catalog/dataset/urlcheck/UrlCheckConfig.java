package eu.od4growth.catalog.dataset.urlcheck;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the URL checks run. */
@ConfigMapping(prefix = "od4g.catalog.url-check")
public interface UrlCheckConfig {

    /** How often a run starts (read by the scheduler; {@code off} stops the checks). */
    @WithDefault("60s")
    String every();

    /** URLs claimed per run. */
    @WithDefault("20")
    int batch();

    /** Hosts checked at once. */
    @WithDefault("4")
    int concurrency();

    /** Time allowed for one request (connection and answer). */
    @WithDefault("10s")
    Duration timeout();

    /** Pause between two requests to the same host. */
    @WithDefault("1s")
    Duration hostDelay();

    /** When a checked URL is checked again. */
    @WithDefault("24h")
    Duration recheck();

    /** Redirects followed at most. */
    @WithDefault("5")
    int maxRedirects();

    /** Whether loopback and private-range addresses may be fetched (never in production: SSRF). */
    @WithDefault("false")
    boolean allowPrivate();
}
