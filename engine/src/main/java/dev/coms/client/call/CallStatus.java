package dev.coms.client.call;

/** A notice for the user, with one sentence to show. */
public record CallStatus(Code code, String message) {

    /** What the notice is about. */
    public enum Code {
        SIGNALING_CONNECTED,
        SIGNALING_RECONNECTING,
        HOST_RECONNECTING,
        HOST_RETURNED,
        NO_SOUND,
        RECEIVE_ONLY_AUDIO,
        MEDIA_UNAVAILABLE,
        SERVER_ERROR
    }
}
