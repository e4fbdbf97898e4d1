package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.coms.protocol.WireCode;

/** The {@code code} of a room {@code error} message. Table in docs/protocol.md, "Error codes (error messages)". */
public enum SignalErrorCode implements WireCode {
    /** Not a JSON object, missing fields, binary frame, or a type only the server sends. */
    BAD_MESSAGE("bad_message", false),
    /** Unknown {@code type}. */
    UNKNOWN_TYPE("unknown_type", false),
    /** {@code to} or {@code participantId} names no one in this meeting. */
    UNKNOWN_PARTICIPANT("unknown_participant", false),
    /** The addressee's connection dropped; retry when they are back. */
    PARTICIPANT_RECONNECTING("participant_reconnecting", false),
    /** The addressee has too much from you still waiting to be delivered; send again in a moment. */
    SLOW_DOWN("slow_down", false),
    /** You wait in the waiting room: until the host lets you in, only {@code leave} and {@code ping} are accepted. */
    NOT_ADMITTED("not_admitted", false),
    /** Only the host may do this. */
    NOT_HOST("not_host", false),
    /** The same person connected again elsewhere; this socket closes. */
    REPLACED("replaced", true),
    /** The seat was given up between the upgrade and the first message; this socket closes. */
    GONE("gone", true),
    /** The server failed to handle the message (logged there). */
    INTERNAL("internal", false),
    /** A code this client does not know (a newer server). */
    UNKNOWN("unknown", false);

    private static final Lookup<SignalErrorCode> LOOKUP = new Lookup<>(SignalErrorCode.class, UNKNOWN);

    private final String wire;
    private final boolean closes;

    SignalErrorCode(String wire, boolean closes) {
        this.wire = wire;
        this.closes = closes;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /** True when the server closes the socket right after this error. */
    public boolean closes() {
        return closes;
    }

    /** The code for a wire name; {@link #UNKNOWN} for anything else. */
    @JsonCreator
    public static SignalErrorCode fromWire(String wire) {
        return LOOKUP.of(wire);
    }
}
