package eu.od4growth.catalog.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.catalog.webhook.model.Backoff;
import eu.od4growth.catalog.webhook.model.Delivery;
import eu.od4growth.catalog.webhook.model.DeliveryAttempt;
import eu.od4growth.catalog.webhook.model.DeliveryStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery's rules without Quarkus: exponential back-off with full jitter, the attempt limit, replays. */
class DeliveryRulesTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));
    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void theBackoffCeilingDoublesUpToTheCapAndTheJitterStaysUnderIt() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.ceiling(11)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delay(3, () -> 0.999999)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aDeliveryIsRetriedUntilTheLimitThenFails() {
        Delivery delivery = new Delivery(UUID.randomUUID(), UUID.randomUUID(), now);
        delivery.attempted(failed(now), 3, backoff, () -> 0.5);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusMillis(2500));
        delivery.attempted(failed(now), 3, backoff, () -> 0.5);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(5));
        delivery.attempted(failed(now), 3, backoff, () -> 0.5);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);

        delivery.replay(now.plusSeconds(60));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        delivery.attempted(new DeliveryAttempt(delivery.id(), now.plusSeconds(61), 204, null, 12), 3, backoff,
                () -> 0.5);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.deliveredAt()).isEqualTo(now.plusSeconds(61));
    }

    private static DeliveryAttempt failed(Instant at) {
        return new DeliveryAttempt(UUID.randomUUID(), at, 500, "HTTP 500", 10);
    }
}
