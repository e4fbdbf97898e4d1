package dev.coms.client.call;

import dev.coms.client.call.media.MediaProblem;
import dev.coms.protocol.signal.SignalErrorCode;

/**
 * A notice for the user, as codes: the user interface words it.
 *
 * @param media for {@link Code#MEDIA_UNAVAILABLE} which device failed and why, else null
 * @param error for {@link Code#SERVER_ERROR} the code of the server's {@code error} message, else null
 */
public record CallStatus(Code code, MediaProblem media, SignalErrorCode error) {

    /** A notice the code alone describes. */
    public static CallStatus of(Code code) {
        return new CallStatus(code, null, null);
    }

    /** A camera, microphone or screen could not be used. */
    public static CallStatus media(MediaProblem problem) {
        return new CallStatus(Code.MEDIA_UNAVAILABLE, problem, null);
    }

    /** The server answered a message of this client with an {@code error}. */
    public static CallStatus serverError(SignalErrorCode error) {
        return new CallStatus(Code.SERVER_ERROR, null, error == null ? SignalErrorCode.UNKNOWN : error);
    }

    /** What the notice is about. */
    public enum Code {
        SIGNALING_CONNECTED,
        SIGNALING_RECONNECTING,
        /** In the waiting room: the host has been asked to let you in. */
        WAITING_FOR_ADMISSION,
        HOST_RECONNECTING,
        HOST_RETURNED,
        /** No microphone could be set up: others cannot hear you. */
        NO_SOUND,
        MEDIA_UNAVAILABLE,
        SERVER_ERROR
    }
}
