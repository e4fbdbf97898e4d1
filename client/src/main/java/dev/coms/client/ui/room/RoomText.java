package dev.coms.client.ui.room;

import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.protocol.peer.ChatMessage;

/**
 * Every sentence the meeting room shows for an engine code: one per way the room can end and one per problem. The
 * engine and its adapters only pass codes; the words live here.
 */
public final class RoomText {

    private RoomText() {}

    /** Shown to guests while the host is not in the room. */
    public static String waitingForHost(String host) {
        return "Waiting for " + host + " to join";
    }

    /** Shown to guests during the host's grace period. */
    public static String hostReconnecting(String host) {
        return host + " is reconnecting…";
    }

    /** The end screen's sentence. */
    public static String of(RoomEnd end) {
        return switch (end) {
            case LEFT -> "You left the meeting.";
            case HOST_ENDED -> "The meeting was ended by the host.";
            case HOST_TIMED_OUT -> "The host lost their connection and did not return, so the meeting has ended.";
            case CANCELLED -> "The host cancelled this meeting.";
            case EXPELLED -> "You were removed from the meeting by the host.";
            case FULL -> "The meeting is full. Try again when someone leaves.";
            case ALREADY_ENDED -> "This meeting has ended.";
            case NOT_STARTED -> "This meeting has not started yet.";
            case NOT_FOUND -> "There is no such meeting.";
            case LOCKED -> "The host has locked this meeting; no one new can join.";
            case DENIED -> "The host did not let you into the meeting.";
            case NOT_ADMITTED -> "The meeting could not be entered. Join it again in a moment.";
            case CONNECTION_LOST -> "The connection to the meeting was lost.";
            case SETUP_FAILED -> "Calls cannot start on this computer; see the log for details.";
        };
    }

    /** The notice's sentence; empty for {@link RoomProblem#NONE}. */
    public static String of(RoomProblem problem) {
        return switch (problem) {
            case NONE -> "";
            case CALLS_UNAVAILABLE -> "Calls cannot start on this computer; see the log for details.";
            case NO_MICROPHONE -> "No microphone was found: others cannot hear you.";
            case NO_CAMERA -> "No camera was found on this computer.";
            case CAMERA_FAILED -> "Your camera could not be started; check that no other app uses it.";
            case MICROPHONE_FAILED -> "Your microphone could not be started; check your sound settings.";
            case NO_SCREEN -> "There is no screen to share on this machine.";
            case SCREEN_FAILED -> "Screen sharing could not start; check the screen-recording permission for Coms.";
            case NOT_CONNECTED_YET -> "You are not connected to the meeting yet.";
            case MESSAGE_LENGTH -> "A message needs between 1 and " + ChatMessage.MAX_TEXT + " characters.";
            case RECIPIENT_GONE -> "That participant is no longer in the meeting.";
            case MESSAGE_NOT_SENT -> "The message could not be sent.";
            case RECONNECTING -> "Connection to the server lost; reconnecting. Your call continues.";
            case WAITING_FOR_ADMISSION -> "You are in the waiting room; the host has been asked to let you in.";
            case HOST_RECONNECTING -> "The host lost their connection; waiting for them to return.";
            case SERVER_ERROR -> "The server could not handle a request from this computer; the call goes on.";
        };
    }

    /** The waiting room's line for one newcomer, as the host sees it. */
    public static String knocking(String name, boolean guest) {
        return name + (guest ? " (guest)" : "") + " is waiting to join.";
    }
}
