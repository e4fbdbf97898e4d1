package dev.coms.client.call;

import java.time.Duration;
import java.time.Instant;

/**
 * Turns the own microphone's level (0–1, linear, as WebRTC's {@code audioLevel}) into "speaking or not" with
 * hysteresis: speech starts above {@link #START}, and ends only after the level stayed below {@link #STOP} for
 * {@link #HOLD}, so pauses between words do not end it. Not thread-safe: confined to the session thread.
 */
final class VoiceGate {

    static final double START = 0.05;
    static final double STOP = 0.02;
    static final Duration HOLD = Duration.ofMillis(700);

    private boolean speaking;
    private Instant quietSince;

    /** Feeds one level reading; returns whether the participant is speaking now. */
    boolean update(double level, Instant now) {
        if (!speaking) {
            speaking = level >= START;
            quietSince = null;
            return speaking;
        }
        if (level >= STOP) {
            quietSince = null;
        } else if (quietSince == null) {
            quietSince = now;
        } else if (!quietSince.plus(HOLD).isAfter(now)) {
            speaking = false;
            quietSince = null;
        }
        return speaking;
    }

    boolean speaking() {
        return speaking;
    }
}
