package dev.coms.client.ui.room;

import dev.coms.protocol.rest.JoinTicket;
import java.net.URI;

/**
 * Stands in for the call engine when none is installed: the user sees their own tile and one sentence saying that
 * calls are unavailable. Never connects anywhere.
 */
public final class OfflineCall implements CallPort {

    private CallListener listener;

    @Override
    public void join(URI server, JoinTicket ticket, String displayName, CallListener events) {
        this.listener = events;
        events.joined("self", false);
        events.problem("Calls are not available in this version of Coms.");
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
    public void expel(String participantId) {}

    @Override
    public void attachVideo(String participantId, FrameSink sink) {}

    @Override
    public void detachVideo(String participantId) {}

    @Override
    public void leave() {
        if (listener != null) {
            listener.ended(EndReason.LEFT);
        }
    }
}
