package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.coms.protocol.WireCode;

/**
 * Why the server refused the WebSocket upgrade to a room. The reply has the code's HTTP status and the plain-text body
 * {@code code: message} (docs/protocol.md, "Connecting"). Every refusal is final: clients do not retry it, except
 * {@link #UNAVAILABLE}.
 */
public enum RefusalCode implements WireCode {
    /** Ticket missing, unknown, already used, expired, or for another meeting. */
    INVALID_TICKET("invalid_ticket", 401),
    /** Resume token unknown, for another meeting, or its seat was given up. */
    INVALID_RESUME("invalid_resume", 401),
    /** The host removed this identity from the meeting. */
    EXPELLED("expelled", 403),
    /** No such meeting. */
    NO_MEETING("no_meeting", 404),
    /** The meeting has not started yet. */
    MEETING_NOT_LIVE("meeting_not_live", 409),
    /** The meeting ended or was cancelled. */
    MEETING_ENDED("meeting_ended", 410),
    /** The room holds the most participants it takes. */
    MEETING_FULL("meeting_full", 429),
    /** The host locked the meeting: no one new may join. */
    MEETING_LOCKED("meeting_locked", 403),
    /** The host refused this newcomer from the waiting room (sent as a {@code refused} message). */
    DENIED("denied", 403),
    /** The seat of this resume token is still in use by a live connection. */
    SEAT_IN_USE("seat_in_use", 409),
    /** The server could not check the meeting right now; try again. */
    UNAVAILABLE("unavailable", 503),
    /** A refusal this client cannot read (a newer server, or a proxy's page instead of the server's answer). */
    UNKNOWN("unknown", 0);

    private static final Lookup<RefusalCode> LOOKUP = new Lookup<>(RefusalCode.class, UNKNOWN);
    private static final int MAX_MESSAGE = 200;

    private final String wire;
    private final int status;

    RefusalCode(String wire, int status) {
        this.wire = wire;
        this.status = status;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /** The HTTP status of the refused upgrade (0 for {@link #UNKNOWN}). */
    public int status() {
        return status;
    }

    /** The reply body the server sends: {@code code: message}. */
    public String body(String message) {
        return wire + ": " + message;
    }

    /** The code for a wire name; {@link #UNKNOWN} for anything else. */
    @JsonCreator
    public static RefusalCode fromWire(String wire) {
        return LOOKUP.of(wire);
    }

    /**
     * Reads a refused upgrade's reply. Never throws. A body that is not {@code code: message} (a proxy's HTML page, an
     * empty body) gives the code {@link #UNKNOWN} and a null message, so no foreign text reaches a user; a known form
     * with an unknown code keeps the server's sentence.
     */
    public static Refusal parse(int status, String body) {
        String text = body == null ? "" : body.strip();
        int colon = text.indexOf(": ");
        if (colon > 0 && colon <= 40) {
            String code = text.substring(0, colon);
            String message = text.substring(colon + 2).strip();
            if (code.matches("[a-z_]+")
                    && !message.isEmpty()
                    && message.length() <= MAX_MESSAGE
                    && message.chars().noneMatch(c -> c == '<' || Character.isISOControl(c))) {
                return new Refusal(fromWire(code), status, message);
            }
        }
        return new Refusal(UNKNOWN, status, null);
    }

    /**
     * One refused upgrade as a client read it.
     *
     * @param message the server's one sentence, or null when the reply was not the server's
     */
    public record Refusal(RefusalCode code, int status, String message) {}
}
