package eu.od4growth.catalog.dataset.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;
import eu.od4growth.catalog.dataset.urlcheck.UrlCheck;

/** What the background URL checks last found for a URL (a lookup by key, which never flushes pending changes). */
@ApplicationScoped
public class UrlStates {

    private final EntityManager entities;

    UrlStates(EntityManager entities) {
        this.entities = entities;
    }

    /** The state of {@code url}: UNCHECKED until the background check has run. */
    public UrlState of(String url) {
        UrlCheck check = url == null ? null : entities.find(UrlCheck.class, url);
        return check == null ? UrlState.UNCHECKED : check.state();
    }
}
