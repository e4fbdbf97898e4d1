package dev.coms.client.call;

/**
 * Why the call ended for this participant, with one sentence to show.
 *
 * @param detail what the server said more precisely, or null: for {@link Reason#MEETING_ENDED} the name of the
 *     protocol's end reason ({@code HOST_LEFT}, {@code HOST_TIMED_OUT}, {@code CANCELLED}); for
 *     {@link Reason#REFUSED} the refusal code of the room's upgrade ({@code meeting_full}, {@code expelled},
 *     {@code meeting_ended}, ...; see docs/protocol.md)
 */
public record CallEnd(Reason reason, String detail, String message) {

    /** An end without further detail. */
    public CallEnd(Reason reason, String message) {
        this(reason, null, message);
    }

    /** Why. */
    public enum Reason {
        /** You left. */
        LEFT,
        /** The host left, did not come back in time, or cancelled; the meeting is over for everyone. */
        MEETING_ENDED,
        /** The host removed you. */
        EXPELLED,
        /** The server would not let you in (or back in): the meeting is full, over, or you were removed. */
        REFUSED,
        /** The connection to the server was lost and could not be resumed. */
        CONNECTION_LOST
    }
}
