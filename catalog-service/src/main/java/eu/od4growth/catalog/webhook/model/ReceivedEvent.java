package eu.od4growth.catalog.webhook.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.od4growth.common.events.DomainEvent;

/** A domain event as the hub received it, once per event id, whichever service sent it and however often. */
@Entity
@Table(name = "webhook_event")
public class ReceivedEvent {

    @Id
    private UUID id;
    private String type;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String service;
    private String organisation;
    @Column(name = "resource_type")
    private String resourceType;
    @Column(name = "resource_id")
    private UUID resourceId;
    private String link;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected ReceivedEvent() {
        // for Hibernate
    }

    public ReceivedEvent(DomainEvent event, Instant receivedAt) {
        this.id = event.id();
        this.type = event.type();
        this.occurredAt = event.occurredAt();
        this.service = event.service();
        this.organisation = event.organisation();
        this.resourceType = event.resourceType();
        this.resourceId = event.resourceId();
        this.link = event.link();
        this.receivedAt = receivedAt;
    }

    public UUID id() {
        return id;
    }

    public String type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String service() {
        return service;
    }

    public String organisation() {
        return organisation;
    }

    public String resourceType() {
        return resourceType;
    }

    public UUID resourceId() {
        return resourceId;
    }

    public String link() {
        return link;
    }
}
