package dev.coms.client.ui.testing;

import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.protocol.rest.JoinTicket;
import java.net.URI;

/**
 * A call port for page tests that need no engine: the user sees their own tile and one sentence saying that
 * calls are unavailable. Never connects anywhere.
 */
public final class OfflineCall implements CallPort {

    private RoomListener listener;

    @Override
    public void join(URI server, JoinTicket ticket, String displayName, RoomListener events) {
        this.listener = events;
        events.joined("self", false);
        events.problem(RoomProblem.CALLS_UNAVAILABLE);
    }

    @Override
    public void setMicrophone(boolean on) {}

    @Override
    public void setCamera(boolean on) {}

    @Override
    public void setScreenSharing(boolean on) {}

    @Override
    public void sendChat(String toParticipantId, String text) {}

    @Override
    public void answerKnock(String participantId, boolean admit) {}

    @Override
    public void setRoomState(Boolean locked, Boolean waitingRoom) {}

    @Override
    public void setHand(boolean raised) {}

    @Override
    public void lowerHand(String participantId) {}

    @Override
    public void expel(String participantId) {}

    @Override
    public void attachVideo(String participantId, FrameSink sink) {}

    @Override
    public void detachVideo(String participantId) {}

    @Override
    public void leave() {
        if (listener != null) {
            listener.ended(RoomEnd.LEFT);
        }
    }
}
