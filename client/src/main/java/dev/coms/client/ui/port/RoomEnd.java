package dev.coms.client.ui.port;

/** Why the meeting room closed; the end screen words it ({@code RoomText}). */
public enum RoomEnd {
    /** The user left. */
    LEFT,
    /** The host left, which ends the meeting for everyone. */
    HOST_ENDED,
    /** The host's connection dropped and they did not come back in time. */
    HOST_TIMED_OUT,
    /** The host cancelled the meeting while it ran. */
    CANCELLED,
    /** The host removed this user. */
    EXPELLED,
    /** The room already holds the most people it takes. */
    FULL,
    /** The meeting had already ended when this user tried to enter (or come back). */
    ALREADY_ENDED,
    /** The meeting has not started yet. */
    NOT_STARTED,
    /** There is no such meeting (any more). */
    NOT_FOUND,
    /** The host locked the meeting: no one new gets in. */
    LOCKED,
    /** The host turned this user away from the waiting room. */
    DENIED,
    /** The server turned the entry down for another reason (expired ticket, server busy). */
    NOT_ADMITTED,
    /** The connection to the meeting broke and could not be resumed. */
    CONNECTION_LOST,
    /** The call could not be set up on this computer (the engine or a device failed to start). */
    SETUP_FAILED;
}
