package dev.coms.client.call;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides who is the active speaker from the voice levels participants report (peers over the data channel, the own
 * microphone from local statistics). Someone speaks while their last report is above zero and not older than
 * {@link #STALE}. The active speaker keeps the highlight while they speak, so two people talking at once do not make
 * it flicker; when they stop, the loudest one still speaking takes over, and nobody when all are silent.
 *
 * <p>Not thread-safe: confined to the session thread. Time comes from the caller, so tests need no clock.
 */
final class ActiveSpeaker {

    /** A report older than this no longer counts (a peer that vanished without saying it stopped). */
    static final Duration STALE = Duration.ofMillis(1500);

    private record Heard(double level, Instant at) {}

    private final Map<String, Heard> heard = new HashMap<>();
    private String current;

    /** The active speaker, or null. */
    String current() {
        return current;
    }

    /** Records {@code participantId}'s level (0 = silent); returns true when the active speaker changed. */
    boolean heard(String participantId, double level, Instant now) {
        if (level > 0) {
            heard.put(participantId, new Heard(level, now));
        } else {
            heard.remove(participantId);
        }
        return decide(now);
    }

    /** The participant left; returns true when the active speaker changed. */
    boolean forget(String participantId, Instant now) {
        heard.remove(participantId);
        return decide(now);
    }

    /** Lets stale reports expire; returns true when the active speaker changed. */
    boolean tick(Instant now) {
        return decide(now);
    }

    private boolean decide(Instant now) {
        heard.values().removeIf(h -> h.at().plus(STALE).isBefore(now));
        String next = current != null && heard.containsKey(current) ? current : loudest();
        boolean changed = next == null ? current != null : !next.equals(current);
        current = next;
        return changed;
    }

    private String loudest() {
        String best = null;
        double bestLevel = 0;
        for (Map.Entry<String, Heard> e : heard.entrySet()) {
            if (e.getValue().level() > bestLevel) {
                best = e.getKey();
                bestLevel = e.getValue().level();
            }
        }
        return best;
    }
}
