package eu.od4growth.catalog.webhook.model;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.Slug;

/** What a coordinator (or an administrator) sends to subscribe a URL to events, or to change a subscription. */
@Schema(name = "WebhookSubscriptionRequest", description = "A URL to call with the chosen events about an organization's resources", examples = "{\"url\": \"https://crm.grandest.fr/hooks/od4g\", \"eventTypes\": [\"dataset.published\", \"event.published\"], \"description\": \"CRM of the data team\"}")
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "The receiver: an http(s) URL that answers 2xx to a POST; loopback and private addresses are refused unless the installation allows them", examples = "https://crm.grandest.fr/hooks/od4g") String url,
        @NotEmpty @Size(max = 20) @Schema(description = "Event types to receive: dataset.published, dataset.updated, dataset.archived, registration.confirmed, registration.cancelled, waitlist.offered, event.published, event.cancelled, assessment.submitted, campaign.closed", examples = "[\"dataset.published\"]") List<@NotNull String> eventTypes,
        @Size(max = 500) @Schema(description = "What the subscription is for", examples = "CRM of the data team") String description,
        @Pattern(regexp = Slug.PATTERN, message = "must be the slug of an organization") @Schema(description = "On a create, the organization whose events it receives: the caller's own by default; only administrators name another. Ignored on a change.", examples = "grand-est") String organization) {
}
