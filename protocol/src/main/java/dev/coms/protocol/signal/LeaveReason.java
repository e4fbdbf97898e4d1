package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.coms.protocol.WireCode;

/** Why a participant left the roster, in {@code participant-left}. Whatever the reason, close the peer connection. */
public enum LeaveReason implements WireCode {
    /** Left on purpose. */
    LEFT,
    /** Connection lost and not resumed within the grace period, or replaced by a new connection of the same person. */
    DROPPED,
    /** Removed by the host. */
    EXPELLED,
    /** A reason this client does not know (a newer server). */
    UNKNOWN;

    private static final Lookup<LeaveReason> LOOKUP = new Lookup<>(LeaveReason.class, UNKNOWN);

    @JsonValue
    @Override
    public String wire() {
        return name();
    }

    /** The reason for a wire name; {@link #UNKNOWN} for anything else. */
    @JsonCreator
    public static LeaveReason fromWire(String wire) {
        return LOOKUP.of(wire);
    }
}
