package eu.od4growth.common.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the service's outbox: a domain event and how far its relay to the hub has got. */
@Entity
@Table(name = "event_outbox")
public class OutboxEvent {

    @Id
    public UUID id;

    public String type;

    public String organisation;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public UUID resourceId;

    public String link;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "relayed_at")
    public Instant relayedAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    DomainEvent toEvent(String service) {
        return new DomainEvent(id, type, occurredAt, service, organisation, resourceType, resourceId, link);
    }
}
