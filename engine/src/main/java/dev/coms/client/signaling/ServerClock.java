package dev.coms.client.signaling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The device clock corrected by the server's: every reply's {@code X-Server-Time} header updates the estimated
 * offset ({@code serverTime - (sentAt + receivedAt) / 2}). Countdowns read this clock so that everyone sees the
 * meeting open at the same moment even when a device clock is wrong. Thread-safe.
 */
public final class ServerClock extends Clock {

    private final Clock device;
    private volatile long offsetMillis;

    public ServerClock(Clock device) {
        this.device = device;
    }

    /** Records one round trip: when the request left, the server's time in the reply, and when it came back. */
    public void observe(long sentAtMillis, long serverMillis, long receivedAtMillis) {
        offsetMillis = serverMillis - (sentAtMillis + receivedAtMillis) / 2;
    }

    /** The device clock this one corrects (for stamping round trips). */
    public Clock device() {
        return device;
    }

    /** How far the server's clock is ahead of the device's. */
    public Duration offset() {
        return Duration.ofMillis(offsetMillis);
    }

    @Override
    public ZoneId getZone() {
        return device.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        ServerClock copy = new ServerClock(device.withZone(zone));
        copy.offsetMillis = offsetMillis;
        return copy;
    }

    @Override
    public Instant instant() {
        return device.instant().plusMillis(offsetMillis);
    }

    @Override
    public long millis() {
        return device.millis() + offsetMillis;
    }
}
