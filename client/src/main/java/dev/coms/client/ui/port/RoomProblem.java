package dev.coms.client.ui.port;

/** Something in the meeting room the user should know and can often act on; the room words it. */
public enum RoomProblem {
    /** Nothing (any more): the notice goes away. */
    NONE,
    /** The call engine could not start on this computer. */
    CALLS_UNAVAILABLE,
    /** No microphone could be set up: others cannot hear the user. */
    NO_MICROPHONE,
    /** There is no camera on this computer. */
    NO_CAMERA,
    /** The camera is busy or failed to start. */
    CAMERA_FAILED,
    /** The microphone or the sound system failed to start. */
    MICROPHONE_FAILED,
    /** There is no display to share on this machine. */
    NO_SCREEN,
    /** Screen capture failed to start (often the screen-recording permission). */
    SCREEN_FAILED,
    /** The user wrote before the room was joined. */
    NOT_CONNECTED_YET,
    /** The message is empty or too long. */
    MESSAGE_LENGTH,
    /** The private message's recipient has left. */
    RECIPIENT_GONE,
    /** The message could not be sent for another reason. */
    MESSAGE_NOT_SENT,
    /** The connection to the server dropped; the call goes on while it reconnects. */
    RECONNECTING,
    /** In the waiting room: the host has been asked to let the user in. */
    WAITING_FOR_ADMISSION,
    /** The host's connection dropped; the room waits for them. */
    HOST_RECONNECTING,
    /** The server could not handle something this client sent. */
    SERVER_ERROR
}
