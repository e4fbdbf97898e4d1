package dev.coms.client.ui.port;

/** Why the meeting room closed, with the one sentence the end screen shows. */
public enum RoomEnd {
    /** The user left. */
    LEFT("You left the meeting."),
    /** The host left, which ends the meeting for everyone. */
    HOST_ENDED("The meeting was ended by the host."),
    /** The host's connection dropped and they did not come back in time. */
    HOST_TIMED_OUT("The host lost their connection and did not return, so the meeting has ended."),
    /** The host cancelled the meeting while it ran. */
    CANCELLED("The host cancelled this meeting."),
    /** The host removed this user. */
    EXPELLED("You were removed from the meeting by the host."),
    /** The room already holds the most people it takes. */
    FULL("The meeting is full. Try again when someone leaves."),
    /** The meeting had already ended when this user tried to enter (or come back). */
    ALREADY_ENDED("This meeting has ended."),
    /** The meeting has not started yet. */
    NOT_STARTED("This meeting has not started yet."),
    /** There is no such meeting (any more). */
    NOT_FOUND("There is no such meeting."),
    /** The server turned the entry down for another reason (expired ticket, server busy). */
    NOT_ADMITTED("The meeting could not be entered. Join it again in a moment."),
    /** The connection to the meeting broke and could not be resumed. */
    CONNECTION_LOST("The connection to the meeting was lost.");

    private final String sentence;

    RoomEnd(String sentence) {
        this.sentence = sentence;
    }

    /** What the user sees. */
    public String sentence() {
        return sentence;
    }
}
