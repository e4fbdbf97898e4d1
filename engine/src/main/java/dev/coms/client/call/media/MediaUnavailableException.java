package dev.coms.client.call.media;

/**
 * A camera, microphone or screen could not be started. {@link #problem()} says which and why for the user
 * interface; the message is for the log.
 */
public final class MediaUnavailableException extends Exception {

    private final MediaProblem problem;

    public MediaUnavailableException(MediaProblem problem, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.problem = problem;
    }

    public MediaProblem problem() {
        return problem;
    }
}
