package eu.od4growth.catalog.webhook.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.webhook.application.Subscriptions.DeliveryRecord;
import eu.od4growth.catalog.webhook.model.DeliveryAttempt;
import eu.od4growth.catalog.webhook.model.DeliveryStatus;

/** A delivery of one event to one subscription, with every attempt. */
@Schema(name = "WebhookDelivery", description = "One event sent (or being sent) to a subscription, with every attempt: PENDING until the receiver answers 2xx (DELIVERED) or the attempt limit is reached (FAILED)", examples = """
        {"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "eventId": "0b6e7c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
         "eventType": "dataset.published", "occurredAt": "2026-11-28T10:00:00Z",
         "resourceId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "status": "DELIVERED", "attemptCount": 2,
         "createdAt": "2026-11-28T10:00:01Z", "deliveredAt": "2026-11-28T10:00:06Z",
         "attempts": [{"at": "2026-11-28T10:00:02Z", "statusCode": 500, "error": "HTTP 500", "durationMs": 38},
                      {"at": "2026-11-28T10:00:06Z", "statusCode": 204, "durationMs": 21}]}""")
public record DeliveryView(UUID id,
        @Schema(description = "The event's id, sent as webhook-id") UUID eventId,
        @Schema(description = "The event type", examples = "dataset.published") String eventType,
        @Schema(description = "When the event happened") Instant occurredAt,
        @Schema(description = "The id of the resource it is about") UUID resourceId,
        DeliveryStatus status,
        @Schema(description = "Attempts since it was queued (a replay resets it)", examples = "1") int attemptCount,
        @Schema(description = "When the next attempt is due, while PENDING; null otherwise", nullable = true) Instant nextAttemptAt,
        Instant createdAt,
        @Schema(description = "When the receiver took it, once DELIVERED; null otherwise", nullable = true) Instant deliveredAt,
        @Schema(description = "Every attempt, the oldest first (attempts before a replay included)") List<Attempt> attempts) {

    /** One attempt: when, what the receiver answered or why there was no answer, and how long it took. */
    @Schema(name = "WebhookAttempt", description = "One attempt of a delivery", examples = "{\"at\": \"2026-11-28T10:00:02Z\", \"statusCode\": 500, \"error\": \"HTTP 500\", \"durationMs\": 38}")
    public record Attempt(Instant at,
            @Schema(description = "The receiver's HTTP status; null when it did not answer", nullable = true) Integer statusCode,
            @Schema(description = "Why it did not count as delivered; null when delivered", examples = "no answer in time (HttpTimeoutException)", nullable = true) String error,
            @Schema(description = "How long the attempt took, in milliseconds", examples = "38") long durationMs) {

        static Attempt of(DeliveryAttempt attempt) {
            return new Attempt(attempt.attemptedAt(), attempt.statusCode(), attempt.error(), attempt.durationMs());
        }
    }

    static DeliveryView of(DeliveryRecord record) {
        var delivery = record.delivery();
        var event = record.event();
        return new DeliveryView(delivery.id(), delivery.eventId(), event.type(), event.occurredAt(),
                event.resourceId(), delivery.status(), delivery.attempts(),
                delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt() : null, delivery.createdAt(),
                delivery.deliveredAt(), record.attempts().stream().map(Attempt::of).toList());
    }
}
