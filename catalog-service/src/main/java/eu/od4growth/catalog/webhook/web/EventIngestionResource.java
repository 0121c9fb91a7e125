package eu.od4growth.catalog.webhook.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import eu.od4growth.catalog.webhook.application.EventIngestion;
import eu.od4growth.common.events.DomainEvent;

/**
 * Where the services' event relays hand their outboxes to the hub, with a service token (client credentials, role
 * {@code service}); not for people.
 */
@Path("/api/webhooks/events")
@Tag(name = "Webhooks")
public class EventIngestionResource {

    /** What the hub answers to a batch. */
    @Schema(name = "DomainEventsAccepted", description = "What the hub did with a batch of events", examples = "{\"received\": 3, \"newEvents\": 2}")
    public record Accepted(@Schema(description = "Events in the batch", examples = "3") int received,
            @Schema(description = "Events the hub had not received before (the others were repeats, ignored)", examples = "2") int newEvents) {
    }

    private final EventIngestion ingestion;

    EventIngestionResource(EventIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @POST
    @RolesAllowed("service")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestDomainEvents", summary = "Hand domain events to the webhook hub (services only)", description = "The relays of the suite's services post their committed events here with a service token (role service). Idempotent by event id: an event already received changes nothing. Each new event gets one delivery per enabled subscription of its organization that wants its type.")
    @APIResponse(responseCode = "200", description = "Received: how many events came and how many were new")
    @APIResponse(responseCode = "400", description = "An event is incomplete or of an unknown type; nothing was stored")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token has no role service")
    @APIResponse(responseCode = "415", description = "The body is not JSON")
    public Accepted ingest(@NotNull List<DomainEvent> events) {
        return new Accepted(events.size(), ingestion.ingest(events));
    }
}
