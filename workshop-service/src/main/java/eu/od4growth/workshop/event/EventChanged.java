package eu.od4growth.workshop.event;

import java.util.UUID;

/**
 * Fired (as a CDI event, inside the transaction that made the change) when a published event is cancelled or moves
 * (another format, address or join URL), so that the registrations tell their participants.
 */
public record EventChanged(UUID eventId, Change change) {

    /** What happened to the event. */
    public enum Change {
        CANCELLED,
        MOVED
    }
}
