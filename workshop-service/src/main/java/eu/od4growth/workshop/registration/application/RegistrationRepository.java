package eu.od4growth.workshop.registration.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.workshop.registration.model.Registration;
import eu.od4growth.workshop.registration.model.RegistrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Stored registrations and the counts that decide places; read them while holding the session's lock. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** The next number in the arrival order (a database sequence, so replicas agree). */
    long nextQueueNumber() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('registration_queue')").getSingleResult())
                .longValue();
    }

    long taken(UUID sessionId) {
        return count("session.id = ?1 and status in ?2", sessionId, RegistrationStatus.HOLDING_A_PLACE);
    }

    long waiting(UUID sessionId) {
        return count("session.id = ?1 and status = ?2", sessionId, RegistrationStatus.WAITING);
    }

    Optional<Registration> live(UUID sessionId, String participant) {
        return find("session.id = ?1 and participant = ?2 and status in ?3", sessionId, participant,
                RegistrationStatus.LIVE).firstResultOptional();
    }

    List<Registration> liveOf(UUID sessionId) {
        return list("session.id = ?1 and status in ?2", Sort.by("queueNumber"), sessionId, RegistrationStatus.LIVE);
    }

    /** The first {@code count} people of the waiting list, in arrival order. */
    List<Registration> firstWaiting(UUID sessionId, int count) {
        return find("session.id = ?1 and status = ?2", Sort.by("queueNumber"), sessionId, RegistrationStatus.WAITING)
                .page(0, count).list();
    }

    /** Place on the waiting list, from 1. */
    long positionOf(Registration registration) {
        return count("session.id = ?1 and status = ?2 and queueNumber < ?3", registration.session().id(),
                RegistrationStatus.WAITING, registration.queueNumber()) + 1;
    }

    Optional<UUID> sessionOf(UUID registrationId) {
        return getEntityManager().createQuery("select r.session.id from Registration r where r.id = :id", UUID.class)
                .setParameter("id", registrationId).getResultStream().findFirst();
    }

    List<UUID> sessionsWithOffersDue(Instant now) {
        return getEntityManager()
                .createQuery("select distinct r.session.id from Registration r where r.status = :offered"
                        + " and r.offerExpiresAt <= :now", UUID.class)
                .setParameter("offered", RegistrationStatus.OFFERED).setParameter("now", now).getResultList();
    }

    List<Registration> offersDue(UUID sessionId, Instant now) {
        return list("session.id = ?1 and status = ?2 and offerExpiresAt <= ?3", Sort.by("queueNumber"), sessionId,
                RegistrationStatus.OFFERED, now);
    }

    boolean isConfirmedIn(UUID eventId, String participant) {
        return count("session.event.id = ?1 and participant = ?2 and status = ?3", eventId, participant,
                RegistrationStatus.CONFIRMED) > 0;
    }

    Optional<Registration> withCode(UUID sessionId, String code) {
        return find("session.id = ?1 and checkinCode = ?2", sessionId, code).firstResultOptional();
    }

    List<Registration> attendeesOf(UUID sessionId) {
        return list("session.id = ?1 and status = ?2 and checkedInAt is not null", Sort.by("queueNumber"), sessionId,
                RegistrationStatus.CONFIRMED);
    }

    long confirmed(UUID sessionId) {
        return count("session.id = ?1 and status = ?2", sessionId, RegistrationStatus.CONFIRMED);
    }

    long checkedIn(UUID sessionId) {
        return count("session.id = ?1 and status = ?2 and checkedInAt is not null", sessionId,
                RegistrationStatus.CONFIRMED);
    }
}
