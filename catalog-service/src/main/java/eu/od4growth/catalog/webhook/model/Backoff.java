package eu.od4growth.catalog.webhook.model;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential back-off with full jitter (a random delay between zero and
 * {@code base × 2^(attempts-1)}, at most {@code cap}), so that receivers coming back are not hit by every retry at once.
 */
public record Backoff(Duration base, Duration cap) {

    /** The delay before the next attempt after {@code attempts} failed ones; {@code random} gives values in [0, 1). */
    public Duration delay(int attempts, DoubleSupplier random) {
        return Duration.ofMillis((long) (random.getAsDouble() * ceiling(attempts).toMillis()));
    }

    /** The longest delay after {@code attempts} failed ones. */
    public Duration ceiling(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration ceiling = base.multipliedBy(1L << doublings);
        return ceiling.compareTo(cap) > 0 || ceiling.isNegative() ? cap : ceiling;
    }
}
