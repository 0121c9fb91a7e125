package eu.od4growth.catalog.webhook.application;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.urlcheck.UrlChecker;

/**
 * Which webhook targets the hub may call: http(s) URLs whose host resolves to public addresses only (the catalog's SSRF
 * rule of its URL checks), unless private targets are allowed. Checked when a subscription is written and again before
 * each attempt, as a name may resolve elsewhere later.
 */
@ApplicationScoped
public class TargetUrls {

    private final WebhookConfig config;

    protected TargetUrls(WebhookConfig config) {
        this.config = config;
    }

    /** Why {@code url} may not be called, if it may not. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return Optional.of("must be an http or https URL");
        }
        String refusal = UrlChecker.refusal(uri, allowPrivate());
        return Optional.ofNullable(refusal == null ? null
                : refusal.startsWith("refused: only") ? "must be an http or https URL"
                        : refusal.replace("refused: ", "refused (SSRF): "));
    }

    /** Whether loopback and private addresses may be called. */
    protected boolean allowPrivate() {
        return config.allowPrivateTargets();
    }
}
