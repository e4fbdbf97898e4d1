package dev.coms.client.ui.room;

/** Why the meeting room closed. */
public enum EndReason {
    /** The user left. */
    LEFT("You left the meeting."),
    /** The host left, which ends the meeting for everyone. */
    HOST_ENDED("The meeting was ended by the host."),
    /** The host removed this user. */
    EXPELLED("You were removed from the meeting by the host."),
    /** The connection to the meeting broke and could not be resumed. */
    CONNECTION_LOST("The connection to the meeting was lost.");

    private final String sentence;

    EndReason(String sentence) {
        this.sentence = sentence;
    }

    /** What the user sees. */
    public String sentence() {
        return sentence;
    }
}
