package dev.coms.server.rooms;

import java.time.Clock;

/**
 * A token bucket for one connection's incoming messages: {@code burst} tokens, refilled at {@code perSecond}.
 * Called only on that connection's thread, so not synchronized.
 */
final class TokenBucket {

    private final Clock clock;
    private final double perMilli;
    private final double capacity;
    private double tokens;
    private long lastMillis;

    TokenBucket(Clock clock, double perSecond, int burst) {
        this.clock = clock;
        this.perMilli = perSecond / 1000.0;
        this.capacity = burst;
        this.tokens = burst;
        this.lastMillis = clock.millis();
    }

    /** Takes one token; false when the bucket is empty (the sender is flooding). */
    boolean tryTake() {
        long now = clock.millis();
        if (now > lastMillis) {
            tokens = Math.min(capacity, tokens + (now - lastMillis) * perMilli);
            lastMillis = now;
        }
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
