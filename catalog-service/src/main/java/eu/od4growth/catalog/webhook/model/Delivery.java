package eu.od4growth.catalog.webhook.model;

import java.time.Instant;
import java.util.UUID;
import java.util.function.DoubleSupplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for one subscription, delivered at least once: pending until the receiver answers 2xx (delivered) or the
 * attempt limit is reached (failed); a replay makes it pending again with its attempt count reset.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery {

    @Id
    private UUID id;
    @Column(name = "subscription_id")
    private UUID subscriptionId;
    @Column(name = "event_id")
    private UUID eventId;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected Delivery() {
        // for Hibernate
    }

    public Delivery(UUID subscriptionId, UUID eventId, Instant now) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * Records the outcome of an attempt: delivered on 2xx; otherwise pending again after the back-off's delay, or failed
     * once {@code maxAttempts} attempts were made.
     */
    public void attempted(DeliveryAttempt attempt, int maxAttempts, Backoff backoff, DoubleSupplier random) {
        attempts++;
        claimedUntil = null;
        if (attempt.succeeded()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = attempt.attemptedAt();
        } else if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = attempt.attemptedAt().plus(backoff.delay(attempts, random));
        }
    }

    /** Queues the delivery again as if it were new (a replay): pending now, attempts reset; its history stays. */
    public void replay(Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
        deliveredAt = null;
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public UUID eventId() {
        return eventId;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
