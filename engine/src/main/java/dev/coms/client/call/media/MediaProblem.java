package dev.coms.client.call.media;

/** Why a camera, microphone or screen is not available to a call. The user interface words it. */
public enum MediaProblem {
    /** The camera is missing, busy (another app uses it) or failed to start. */
    CAMERA_FAILED,
    /** The microphone or the sound system failed to start. */
    MICROPHONE_FAILED,
    /** There is no display to capture on this machine. */
    NO_SCREEN,
    /** Screen capture failed to start (often a missing screen-recording permission). */
    SCREEN_FAILED
}
