package dev.coms.client.call.media;

/** A camera, microphone or screen could not be started; the message is one sentence a user can act on. */
public final class MediaUnavailableException extends Exception {

    public MediaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
