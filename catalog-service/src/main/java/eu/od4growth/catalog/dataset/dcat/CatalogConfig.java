package eu.od4growth.catalog.dataset.dcat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the catalogue presents itself to harvesters: the public base URL of its URIs, its title and publisher. */
@ConfigMapping(prefix = "od4g.catalog")
public interface CatalogConfig {

    /** Public base URL (the gateway's) of dataset, distribution and organisation URIs. */
    @WithDefault("http://localhost:8080")
    String baseUri();

    @WithDefault("OD4Growth open data catalogue")
    String title();

    @WithDefault("Datasets published by the regions and local bodies of the OD4Growth partnership (Interreg Europe).")
    String description();

    @WithDefault("OD4Growth partnership")
    String publisherName();
}
