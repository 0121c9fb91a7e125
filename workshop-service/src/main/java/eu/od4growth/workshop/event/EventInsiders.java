package eu.od4growth.workshop.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * Who, besides its organisers, sees an event's join URL and participants-only kit: its confirmed participants. The
 * registrations answer it (they depend on events, not the other way round); without them nobody else does.
 */
public interface EventInsiders {

    /** Whether {@code subject} holds a confirmed place in a session of the event. */
    boolean isConfirmedParticipant(UUID eventId, String subject);

    /** Used only when no registration feature is deployed. */
    @DefaultBean
    @ApplicationScoped
    class Nobody implements EventInsiders {
        @Override
        public boolean isConfirmedParticipant(UUID eventId, String subject) {
            return false;
        }
    }
}
