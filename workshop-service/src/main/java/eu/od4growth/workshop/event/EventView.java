package eu.od4growth.workshop.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as clients read it. */
@Schema(name = "Event")
public record EventView(UUID id, Map<String, String> title, Map<String, String> description, EventFormat format,
        Instant startsAt, Instant endsAt, String location, EventStatus status,
        @Schema(description = "Slug of the organising organization") String organization, Instant createdAt,
        Instant updatedAt) {

    static EventView of(Event event) {
        return new EventView(event.id(), event.title, event.description, event.format, event.startsAt, event.endsAt,
                event.location, event.status, event.ownerOrganisation(), event.createdAt(), event.updatedAt());
    }
}
