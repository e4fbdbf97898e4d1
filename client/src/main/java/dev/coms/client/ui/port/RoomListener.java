package dev.coms.client.ui.port;

import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;

/**
 * Events from the call engine. Called on engine threads, in order per meeting; implementations only hand them to
 * the FX thread and never block.
 */
public interface RoomListener {

    /**
     * Which local devices the call could set up (before or after {@link #joined}); a missing one keeps its toggle
     * off. Not called when both are present.
     */
    default void localDevices(boolean microphone, boolean camera) {}

    /** The own participant is in the room. */
    void joined(String selfId, boolean host);

    /** Someone else came into the room, with their name, role and media state. */
    void participantJoined(Participant participant);

    /** Someone (the user included) changed: {@code participant} is their new state. */
    void participantUpdated(Participant participant);

    /** Someone left the room, and why. */
    void participantLeft(String participantId, LeaveReason reason);

    /** The participant heard loudest now, or null when nobody speaks. */
    void activeSpeaker(String participantId);

    /** Someone's hand (the user's included) went up or down. */
    default void hand(String participantId, boolean raised) {}

    void chatReceived(String fromParticipantId, String text, boolean privately);

    /** The meeting is over for this user; no more events follow. */
    void ended(RoomEnd reason);

    /** Something the user should know or can act on; {@link RoomProblem#NONE} clears the last one. */
    void problem(RoomProblem problem);

    /** Host only: someone waits in the waiting room to be admitted or denied. */
    default void knocking(String participantId, String displayName, boolean guest) {}

    /** Host only: a knocking newcomer gave up, or was answered elsewhere. */
    default void knockWithdrawn(String participantId) {}

    /** Whether the meeting is locked and runs a waiting room (sent to everyone on every change). */
    default void roomState(boolean locked, boolean waitingRoom) {}
}
