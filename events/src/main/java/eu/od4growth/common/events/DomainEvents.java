package eu.od4growth.common.events;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records domain events in the service's outbox, in the transaction of the change they describe: a committed change
 * always has its event, a rolled-back one never. Call it from the {@code @Transactional} method that makes the change.
 */
@ApplicationScoped
public class DomainEvents {

    private final EntityManager entities;
    private final Clock clock;
    private final String service;

    DomainEvents(EntityManager entities, Instance<Clock> clocks,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.entities = entities;
        this.clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
        this.service = serviceName(applicationName);
    }

    /**
     * Adds an event to the outbox of the current transaction.
     *
     * @param organisation the organisation that owns the resource: its subscribers may receive the event
     * @param link the resource's API path through the gateway, e.g. {@code /api/datasets/{id}}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent record(EventType type, String organisation, UUID resourceId, String link) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.type = type.wireName();
        row.organisation = organisation;
        row.resourceType = type.resourceType();
        row.resourceId = resourceId;
        row.link = link;
        row.occurredAt = clock.instant();
        row.nextAttemptAt = row.occurredAt;
        entities.persist(row);
        return row.toEvent(service);
    }

    /** The short name of the service that records events, e.g. {@code catalog} for {@code od4g-catalog-service}. */
    String service() {
        return service;
    }

    static String serviceName(String applicationName) {
        String name = applicationName.startsWith("od4g-") ? applicationName.substring(5) : applicationName;
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }
}
