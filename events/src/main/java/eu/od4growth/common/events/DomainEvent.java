package eu.od4growth.common.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One committed change, as a service tells the webhook hub: what happened to which resource of which organisation,
 * and where to read it. Never personal data: a subscriber follows {@code link} with its own rights.
 *
 * @param id unique per event; the hub and receivers use it to drop a repeat
 * @param type the wire name of the {@link EventType}
 * @param service the service that recorded it, e.g. {@code catalog}
 * @param organisation the organisation that owns the resource, whose subscribers may receive the event
 * @param link the resource's API path through the gateway, e.g. {@code /api/datasets/{id}}
 */
public record DomainEvent(UUID id, String type, Instant occurredAt, String service, String organisation,
        String resourceType, UUID resourceId, String link) {
}
