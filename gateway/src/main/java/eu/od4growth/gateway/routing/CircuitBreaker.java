package eu.od4growth.gateway.routing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The circuit of one service: after {@code threshold} consecutive failed calls it opens, and the service's routes are
 * answered at once instead of waiting for timeouts; after {@code openDelay} one probe call is let through, whose
 * outcome closes or reopens it. A small lock-free state machine rather than SmallRye Fault Tolerance, whose guards
 * wrap a call they run themselves, while here the call is the proxy's and is only observed.
 */
final class CircuitBreaker {

    enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int threshold;
    private final long openDelayNanos;
    private final LongSupplier clock;
    private final AtomicInteger failures = new AtomicInteger();
    /** When the circuit opened (clock value), or Long.MIN_VALUE while closed. */
    private final AtomicLong openedAt = new AtomicLong(Long.MIN_VALUE);
    /** True while the one probe of a half-open circuit is in flight. */
    private final AtomicInteger probing = new AtomicInteger();

    CircuitBreaker(int threshold, long openDelayNanos, LongSupplier clock) {
        this.threshold = Math.max(1, threshold);
        this.openDelayNanos = openDelayNanos;
        this.clock = clock;
    }

    /** Whether a call may go out now; a true answer must be followed by {@link #succeeded} or {@link #failed}. */
    boolean tryAcquire() {
        long opened = openedAt.get();
        if (opened == Long.MIN_VALUE) {
            return true;
        }
        if (clock.getAsLong() - opened < openDelayNanos) {
            return false;
        }
        return probing.compareAndSet(0, 1);
    }

    void succeeded() {
        failures.set(0);
        openedAt.set(Long.MIN_VALUE);
        probing.set(0);
    }

    void failed() {
        if (probing.get() == 1) {
            // The probe failed: open for another delay.
            openedAt.set(clock.getAsLong());
            probing.set(0);
            return;
        }
        if (failures.incrementAndGet() >= threshold) {
            openedAt.compareAndSet(Long.MIN_VALUE, clock.getAsLong());
        }
    }

    /** A call that went out but whose outcome says nothing about the service (e.g. the client's body was refused). */
    void released() {
        probing.set(0);
    }

    State state() {
        long opened = openedAt.get();
        if (opened == Long.MIN_VALUE) {
            return State.CLOSED;
        }
        return clock.getAsLong() - opened < openDelayNanos && probing.get() == 0 ? State.OPEN : State.HALF_OPEN;
    }
}
