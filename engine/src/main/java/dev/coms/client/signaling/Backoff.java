package dev.coms.client.signaling;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Reconnect delays: exponential from {@code initial}, capped at {@code max}, with "equal jitter" (each delay is
 * between half and all of the nominal value) so that many clients dropped together do not return in lockstep.
 * Not thread-safe: owned by one connection.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;
    private int attempt;

    /**
     * @param random supplies values in [0, 1); tests pass a fixed value
     */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The delay before the next attempt; each call counts as one attempt. */
    public Duration next() {
        long nominal = initial.toMillis() << Math.min(attempt, 20);
        nominal = Math.min(nominal, max.toMillis());
        attempt++;
        long half = nominal / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (nominal - half)));
    }

    /** Attempts made since the last {@link #reset()}. */
    public int attempts() {
        return attempt;
    }

    /** Call after a successful connection. */
    public void reset() {
        attempt = 0;
    }
}
