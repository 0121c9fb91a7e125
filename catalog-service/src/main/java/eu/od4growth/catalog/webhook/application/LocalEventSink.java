package eu.od4growth.catalog.webhook.application;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import eu.od4growth.common.events.DomainEvent;
import eu.od4growth.common.events.EventSink;

/**
 * The catalog is the hub: its own outbox's events go straight into the hub's ingestion, in the relay's transaction,
 * instead of over HTTP as the other services' do.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class LocalEventSink implements EventSink {

    private final EventIngestion ingestion;

    LocalEventSink(EventIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public void accept(List<DomainEvent> events) {
        ingestion.ingest(events);
    }
}
