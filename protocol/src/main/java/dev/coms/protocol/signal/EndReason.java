package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.coms.protocol.WireCode;

/** Why a meeting ended, in {@code meeting-ended}. */
public enum EndReason implements WireCode {
    /** The host left on purpose. */
    HOST_LEFT,
    /** The host's connection dropped and they did not return within the grace period. */
    HOST_TIMED_OUT,
    /** The host cancelled the meeting while it ran. */
    CANCELLED,
    /** A reason this client does not know (a newer server); show the server's message. */
    UNKNOWN;

    private static final Lookup<EndReason> LOOKUP = new Lookup<>(EndReason.class, UNKNOWN);

    @JsonValue
    @Override
    public String wire() {
        return name();
    }

    /** The reason for a wire name; {@link #UNKNOWN} for anything else. */
    @JsonCreator
    public static EndReason fromWire(String wire) {
        return LOOKUP.of(wire);
    }
}
