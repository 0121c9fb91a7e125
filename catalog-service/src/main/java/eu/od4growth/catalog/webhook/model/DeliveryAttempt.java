package eu.od4growth.catalog.webhook.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt of a delivery: when, what the receiver answered (or why there was no answer) and how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "delivery_id")
    private UUID deliveryId;
    @Column(name = "attempted_at")
    private Instant attemptedAt;
    @Column(name = "status_code")
    private Integer statusCode;
    private String error;
    @Column(name = "duration_ms")
    private long durationMs;

    protected DeliveryAttempt() {
        // for Hibernate
    }

    public DeliveryAttempt(UUID deliveryId, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= 300 ? error : error.substring(0, 300);
        this.durationMs = durationMs;
    }

    /** Whether the receiver took it (2xx). */
    public boolean succeeded() {
        return statusCode != null && statusCode / 100 == 2;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }

    public long durationMs() {
        return durationMs;
    }
}
