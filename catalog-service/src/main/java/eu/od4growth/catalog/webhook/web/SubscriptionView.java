package eu.od4growth.catalog.webhook.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.od4growth.catalog.webhook.model.Subscription;

/** A subscription as its organisation reads it; the secret only in the answer that made it (create, rotate). */
@Schema(name = "WebhookSubscription", description = "A URL that receives, signed, the chosen events about an organization's resources. The signing secret is shown once: in the answer of the create and of rotate-secret.", examples = "{\"id\": \"6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f\", \"organization\": \"grand-est\", \"url\": \"https://crm.grandest.fr/hooks/od4g\", \"eventTypes\": [\"dataset.published\"], \"description\": \"CRM of the data team\", \"enabled\": true, \"createdAt\": \"2026-11-28T10:00:00Z\", \"updatedAt\": \"2026-11-28T10:00:00Z\"}")
public record SubscriptionView(UUID id,
        @Schema(description = "The organization whose events it receives", examples = "grand-est") String organization,
        @Schema(description = "The receiver", examples = "https://crm.grandest.fr/hooks/od4g") String url,
        @Schema(description = "The event types it receives", examples = "[\"dataset.published\"]") List<String> eventTypes,
        @Schema(description = "What it is for", examples = "CRM of the data team", nullable = true) String description,
        @Schema(description = "Whether events are delivered; a disabled subscription gets no new deliveries and its pending ones wait") boolean enabled,
        Instant createdAt, Instant updatedAt,
        @Schema(description = "Until when the previous secret still signs, after a rotation (both signatures are sent); null before any rotation", nullable = true) Instant previousSecretValidUntil,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The signing secret (whsec_ + base64), only in the answers of the create and of rotate-secret: keep it, it is never shown again", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

    static SubscriptionView of(Subscription subscription) {
        return of(subscription, false);
    }

    static SubscriptionView withSecret(Subscription subscription) {
        return of(subscription, true);
    }

    private static SubscriptionView of(Subscription subscription, boolean secret) {
        return new SubscriptionView(subscription.id(), subscription.ownerOrganisation(), subscription.url(),
                subscription.eventTypes(), subscription.description(), subscription.enabled(), subscription.createdAt(),
                subscription.updatedAt(), subscription.previousSecretUntil(), secret ? subscription.secret() : null);
    }
}
