package eu.od4growth.workshop.session;

import java.util.UUID;

/**
 * Fired (as a CDI event, inside the transaction that holds the session's row lock) when a session changes in a way its
 * registrations must follow: more places, another time, or cancelled.
 */
public record SessionChanged(UUID sessionId, Change change) {

    /** What happened to the session. */
    public enum Change {
        CAPACITY_RAISED,
        RESCHEDULED,
        CANCELLED
    }
}
