package eu.od4growth.workshop.registration.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Expires the offers whose deadline passed and offers their places to the next in line. Each session is handled in
 * its own transaction under its row lock taken with {@code SKIP LOCKED}, so replicas running this job at the same
 * time share the sessions instead of expiring an offer twice.
 */
@ApplicationScoped
public class OfferExpiry {

    private final Registrations registrations;

    OfferExpiry(Registrations registrations) {
        this.registrations = registrations;
    }

    @Scheduled(identity = "offer-expiry", every = "${od4g.workshop.offer-expiry-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One round; answers how many offers expired. */
    public int run() {
        int expired = 0;
        for (UUID session : registrations.sessionsWithOffersDue()) {
            expired += registrations.expireOffers(session);
        }
        return expired;
    }
}
