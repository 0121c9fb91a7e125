package eu.od4growth.catalog.webhook;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import eu.od4growth.catalog.webhook.application.TargetUrls;
import eu.od4growth.catalog.webhook.application.WebhookConfig;

/**
 * The SSRF rule with its one setting switchable by each test: delivery tests call receivers on 127.0.0.1, the SSRF
 * tests check that loopback and private targets are refused when not allowed (the production default).
 */
@Alternative
@Priority(1)
@Singleton
public class SwitchableTargetUrls extends TargetUrls {

    static volatile boolean allowPrivate;

    SwitchableTargetUrls(WebhookConfig config) {
        super(config);
    }

    @Override
    protected boolean allowPrivate() {
        return allowPrivate;
    }
}
