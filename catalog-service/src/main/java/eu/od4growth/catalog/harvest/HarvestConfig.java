package eu.od4growth.catalog.harvest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How harvests fetch their sources. */
@ConfigMapping(prefix = "od4g.catalog.harvest")
public interface HarvestConfig {

    /** How often due scheduled sources are looked for ({@code off} stops the schedule). */
    @WithDefault("5m")
    String every();

    /** Time allowed for one page of a source. */
    @WithDefault("60s")
    Duration timeout();

    /** Pages read at most per run (Hydra or CKAN paging). */
    @WithDefault("200")
    int maxPages();

    /** Bytes read at most per page. */
    @WithDefault("52428800")
    long maxBytes();

    /** Whether sources on loopback and private addresses may be fetched (never in production: SSRF). */
    @WithDefault("false")
    boolean allowPrivate();
}
