package dev.coms.client.call;

/** Why the call ended for this participant, with one sentence to show. */
public record CallEnd(Reason reason, String message) {

    /** Why. */
    public enum Reason {
        /** You left. */
        LEFT,
        /** The host left or did not come back in time; the meeting is over for everyone. */
        MEETING_ENDED,
        /** The host removed you. */
        EXPELLED,
        /** The connection to the server was lost and could not be resumed. */
        CONNECTION_LOST
    }
}
