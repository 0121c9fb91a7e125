package eu.od4growth.workshop.session;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * How many places of a session are taken (confirmed or held for an offer) and how many people wait. Answered by the
 * registrations, which depend on sessions and not the other way round.
 */
public interface SessionSeats {

    Seats of(UUID sessionId);

    /** Places taken and people waiting. */
    record Seats(long taken, long waiting) {
    }

    /** Used only when no registration feature is deployed. */
    @DefaultBean
    @ApplicationScoped
    class None implements SessionSeats {
        @Override
        public Seats of(UUID sessionId) {
            return new Seats(0, 0);
        }
    }
}
