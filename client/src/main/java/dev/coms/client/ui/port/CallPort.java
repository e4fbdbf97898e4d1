package dev.coms.client.ui.port;

import dev.coms.protocol.rest.JoinTicket;
import java.net.URI;

/**
 * What the meeting room asks of the call engine. One instance per meeting. Methods are called on the FX thread and
 * must not block it (the engine hands work to its own threads). The engine reports back through
 * {@link RoomListener}, from any thread.
 */
public interface CallPort {

    /** Connects to the room's signaling socket with {@code ticket} and starts the peer connections. */
    void join(URI server, JoinTicket ticket, String displayName, RoomListener listener);

    void setMicrophone(boolean on);

    void setCamera(boolean on);

    void setScreenSharing(boolean on);

    /** Sends a chat message to everyone ({@code toParticipantId == null}) or privately to one participant. */
    void sendChat(String toParticipantId, String text);

    /** Raises or lowers the user's hand (everyone sees it, over the data channel). */
    void setHand(boolean raised);

    /** Host only: lowers someone's raised hand. */
    void lowerHand(String participantId);

    /** Host only: removes a participant and keeps them out. */
    void expel(String participantId);

    /** Host only: lets a newcomer in from the waiting room ({@code admit}) or turns them away. */
    void answerKnock(String participantId, boolean admit);

    /** Host only: locks or unlocks the meeting, turns the waiting room on or off (null: leave that one as it is). */
    void setRoomState(Boolean locked, Boolean waitingRoom);

    /** Starts delivering a participant's video (or the own preview when {@code participantId} is null). */
    void attachVideo(String participantId, FrameSink sink);

    void detachVideo(String participantId);

    /** Leaves the meeting (for the host this ends it for everyone) and releases devices. */
    void leave();
}
