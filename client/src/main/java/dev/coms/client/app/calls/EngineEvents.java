package dev.coms.client.app.calls;

import dev.coms.client.call.CallEnd;
import dev.coms.client.call.CallStatus;
import dev.coms.client.call.media.MediaProblem;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.util.List;

/**
 * Translates the engine's events into the room's: joins, updates and leaves pass on as they are (and steer which
 * video a tile shows), chat from others becomes messenger lines, notices become one-sentence problems, and
 * the call's end becomes an {@link RoomEnd}. Video frames go to their tiles through {@link VideoRoutes}.
 *
 * <p>Threading: everything except {@link #onRemoteVideoFrame} runs on the session's single thread, so the roster
 * state needs no lock; nothing here blocks. The room re-posts each event to the FX thread itself.
 */
final class EngineEvents implements dev.coms.client.call.CallListener {

    private final RoomListener room;
    private final VideoRoutes video;
    private final Runnable onEnded;
    private String selfId;
    private boolean connectionProblem;

    EngineEvents(RoomListener room, VideoRoutes video, Runnable onEnded) {
        this.room = room;
        this.video = video;
        this.onEnded = onEnded;
    }

    @Override
    public void onJoined(String self, List<Participant> roster) {
        if (selfId != null) { // a resumed connection says Welcome again; what changed arrives as typed events
            return;
        }
        selfId = self;
        boolean host = roster.stream().anyMatch(p -> p.id().equals(self) && p.host());
        room.joined(self, host);
        for (Participant p : roster) {
            if (p.id().equals(self)) {
                onParticipantUpdated(p);
            } else {
                onParticipantJoined(p);
            }
        }
    }

    @Override
    public void onParticipantJoined(Participant participant) {
        video.screenSharing(participant.id(), participant.screenSharing());
        room.participantJoined(participant);
    }

    @Override
    public void onParticipantUpdated(Participant participant) {
        video.screenSharing(participant.id(), participant.screenSharing());
        room.participantUpdated(participant);
    }

    @Override
    public void onParticipantLeft(String participantId, LeaveReason reason) {
        video.forget(participantId);
        room.participantLeft(participantId, reason);
    }

    @Override
    public void onRemoteVideoFrame(String participantId, TrackKind kind, VideoFrame frame) {
        video.deliver(participantId, kind, frame);
    }

    @Override
    public void onActiveSpeaker(String participantId) {
        room.activeSpeaker(participantId);
    }

    @Override
    public void onHand(String participantId, boolean raised) {
        room.hand(participantId, raised);
    }

    @Override
    public void onChat(ChatMessage message) {
        if (!message.from().equals(selfId)) { // the room shows the user's own lines as they send them
            room.chatReceived(message.from(), message.text(), message.isPrivate());
        }
    }

    @Override
    public void onStatus(CallStatus status) {
        switch (status.code()) {
            case SIGNALING_CONNECTED, HOST_RETURNED -> {
                if (connectionProblem) {
                    connectionProblem = false;
                    room.problem(RoomProblem.NONE);
                }
            }
            case SIGNALING_RECONNECTING -> {
                connectionProblem = true;
                room.problem(RoomProblem.RECONNECTING);
            }
            case HOST_RECONNECTING -> {
                connectionProblem = true;
                room.problem(RoomProblem.HOST_RECONNECTING);
            }
            case WAITING_FOR_ADMISSION -> room.problem(RoomProblem.WAITING_FOR_ADMISSION);
            case NO_SOUND -> room.problem(RoomProblem.NO_MICROPHONE);
            case MEDIA_UNAVAILABLE -> room.problem(problem(status.media()));
            case SERVER_ERROR -> room.problem(RoomProblem.SERVER_ERROR);
        }
    }

    @Override
    public void onEnded(CallEnd end) {
        room.ended(reason(end));
        onEnded.run();
    }

    /** The room's reason for the engine's end, as precise as the server's code allows. */
    static RoomEnd reason(CallEnd end) {
        return switch (end.reason()) {
            case LEFT -> RoomEnd.LEFT;
            case MEETING_ENDED ->
                switch (end.meetingEnd()) {
                    case HOST_TIMED_OUT -> RoomEnd.HOST_TIMED_OUT;
                    case CANCELLED -> RoomEnd.CANCELLED;
                    case HOST_LEFT, UNKNOWN -> RoomEnd.HOST_ENDED;
                };
            case EXPELLED -> RoomEnd.EXPELLED;
            case REFUSED ->
                switch (end.refusal()) {
                    case EXPELLED -> RoomEnd.EXPELLED;
                    case MEETING_FULL -> RoomEnd.FULL;
                    case MEETING_ENDED -> RoomEnd.ALREADY_ENDED;
                    case MEETING_NOT_LIVE -> RoomEnd.NOT_STARTED;
                    case NO_MEETING -> RoomEnd.NOT_FOUND;
                    case MEETING_LOCKED -> RoomEnd.LOCKED;
                    case DENIED -> RoomEnd.DENIED;
                    case INVALID_TICKET, INVALID_RESUME, SEAT_IN_USE, UNAVAILABLE, UNKNOWN -> RoomEnd.NOT_ADMITTED;
                };
            case CONNECTION_LOST -> RoomEnd.CONNECTION_LOST;
            case SETUP_FAILED -> RoomEnd.SETUP_FAILED;
        };
    }

    @Override
    public void onKnocking(String participantId, String displayName, boolean guest) {
        room.knocking(participantId, displayName, guest);
    }

    @Override
    public void onKnockWithdrawn(String participantId) {
        room.knockWithdrawn(participantId);
    }

    @Override
    public void onRoomState(boolean locked, boolean waitingRoom) {
        room.roomState(locked, waitingRoom);
    }

    /** The user left before the call was set up: the room closes, no session events follow. */
    void endedBeforeJoining() {
        room.ended(RoomEnd.LEFT);
    }

    /** Tells the room which local devices the call could set up. Any thread. */
    void localDevices(boolean microphone, boolean camera) {
        room.localDevices(microphone, camera);
    }

    /** Tells the room something the adapter found (a missing camera...). Any thread. */
    void problem(RoomProblem problem) {
        room.problem(problem);
    }

    /** The room's problem for a device that failed. */
    static RoomProblem problem(MediaProblem media) {
        return switch (media) {
            case CAMERA_FAILED -> RoomProblem.CAMERA_FAILED;
            case MICROPHONE_FAILED -> RoomProblem.MICROPHONE_FAILED;
            case NO_SCREEN -> RoomProblem.NO_SCREEN;
            case SCREEN_FAILED -> RoomProblem.SCREEN_FAILED;
        };
    }
}
