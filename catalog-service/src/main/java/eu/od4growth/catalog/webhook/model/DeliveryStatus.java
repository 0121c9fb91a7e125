package eu.od4growth.catalog.webhook.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a delivery is: waiting for its (next) attempt, received by the subscriber (2xx), or given up after the limit. */
@Schema(name = "WebhookDeliveryStatus", description = "Where a delivery is. PENDING: waiting for its first or next attempt (nextAttemptAt); DELIVERED: the receiver answered 2xx; FAILED: the attempt limit was reached without a 2xx (a replay queues it again).")
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
