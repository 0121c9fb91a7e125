package eu.od4growth.catalog.dataset.quality;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;

/** What the background URL checks last found for a URL. */
@ApplicationScoped
public class UrlStates {

    /** The state of {@code url}: no URL check runs yet, so every URL is unchecked. */
    public UrlState of(String url) {
        return UrlState.UNCHECKED;
    }
}
