package eu.od4growth.catalog.webhook.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.webhook.model.Delivery;
import eu.od4growth.catalog.webhook.model.ReceivedEvent;
import eu.od4growth.catalog.webhook.model.Subscription;
import eu.od4growth.common.events.DomainEvent;
import eu.od4growth.common.events.EventType;
import eu.od4growth.common.problem.Violations;

/**
 * Takes the services' domain events into the hub: each event is stored once (a repeat of its id changes nothing, as
 * the relays deliver at least once) and gets one delivery per enabled subscription of its organisation that wants its
 * type. All of a batch or nothing.
 */
@ApplicationScoped
public class EventIngestion {

    private final EntityManager entities;
    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    EventIngestion(EntityManager entities, SubscriptionRepository subscriptions, Clock clock) {
        this.entities = entities;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Answers how many of the events were new. */
    @Transactional
    public int ingest(List<DomainEvent> events) {
        check(events);
        int created = 0;
        for (DomainEvent event : events) {
            ReceivedEvent received = new ReceivedEvent(event, clock.instant());
            int inserted = entities.createNativeQuery("""
                    INSERT INTO webhook_event (id, type, occurred_at, service, organisation, resource_type, resource_id,
                                               link, received_at)
                    VALUES (:id, :type, :occurred, :service, :organisation, :resourceType, :resourceId, :link, :received)
                    ON CONFLICT (id) DO NOTHING""").setParameter("id", event.id()).setParameter("type", event.type())
                    .setParameter("occurred", event.occurredAt()).setParameter("service", event.service())
                    .setParameter("organisation", event.organisation())
                    .setParameter("resourceType", event.resourceType()).setParameter("resourceId", event.resourceId())
                    .setParameter("link", event.link()).setParameter("received", clock.instant()).executeUpdate();
            if (inserted == 0) {
                continue;
            }
            created++;
            for (Subscription subscription : subscriptions.wanting(received.type(), received.organisation())) {
                entities.persist(new Delivery(subscription.id(), received.id(), clock.instant()));
            }
        }
        entities.flush();
        return created;
    }

    /** Every event must be whole and of a known type; the problem names each bad field by its index. */
    private static void check(List<DomainEvent> events) {
        Violations violations = new Violations();
        if (events == null) {
            throw Violations.of("body", "must be a JSON array of events");
        }
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = events.get(i);
            String at = "[" + i + "].";
            if (event == null) {
                violations.add("[" + i + "]", "must be an event");
                continue;
            }
            if (event.id() == null) {
                violations.add(at + "id", "must not be null");
            }
            if (event.type() == null || EventType.fromWireName(event.type()).isEmpty()) {
                violations.add(at + "type", "must be an event type of the suite, e.g. dataset.published");
            }
            if (event.occurredAt() == null) {
                violations.add(at + "occurredAt", "must not be null");
            }
            required(violations, at + "service", event.service(), 100);
            required(violations, at + "organisation", event.organisation(), 100);
            required(violations, at + "resourceType", event.resourceType(), 100);
            if (event.resourceId() == null) {
                violations.add(at + "resourceId", "must not be null");
            }
            required(violations, at + "link", event.link(), 1000);
            if (event.link() != null && !event.link().startsWith("/")) {
                violations.add(at + "link", "must be an API path starting with /");
            }
        }
        violations.throwIfAny();
    }

    private static void required(Violations violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(field, "must not be blank");
        } else if (value.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        }
    }
}
