package eu.od4growth.workshop.registration.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.od4growth.workshop.event.EventChanged;
import eu.od4growth.workshop.event.EventInsiders;
import eu.od4growth.workshop.session.SessionChanged;
import eu.od4growth.workshop.session.SessionSeats;

/**
 * What registrations answer to events and sessions, which know nothing of them: the places taken, who is a confirmed
 * participant, and the follow-up of a change (offers, cancellations, mails) in the transaction that made it.
 */
@ApplicationScoped
class RegistrationFollowUps implements SessionSeats, EventInsiders {

    private final Registrations registrations;
    private final RegistrationRepository repository;

    RegistrationFollowUps(Registrations registrations, RegistrationRepository repository) {
        this.registrations = registrations;
        this.repository = repository;
    }

    @Override
    public Seats of(UUID sessionId) {
        return new Seats(repository.taken(sessionId), repository.waiting(sessionId));
    }

    @Override
    public boolean isConfirmedParticipant(UUID eventId, String subject) {
        return registrations.isConfirmedIn(eventId, subject);
    }

    void onSession(@Observes SessionChanged change) {
        registrations.follow(change);
    }

    void onEvent(@Observes EventChanged change) {
        registrations.follow(change);
    }
}
