package dev.coms.client.app.calls;

import dev.coms.protocol.signal.LeaveReason;
import dev.coms.client.call.CallEnd;
import dev.coms.client.call.CallStatus;
import dev.coms.client.call.ChatMessage;
import dev.coms.client.call.TrackKind;
import dev.coms.client.ui.room.CallListener;
import dev.coms.client.ui.room.EndReason;
import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.signal.SignalMessage;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates the engine's events into the room's: the roster becomes joins, leaves and media changes (by comparing
 * it with the last one seen), chat from others becomes messenger lines, notices become one-sentence problems, and
 * the call's end becomes an {@link EndReason}. Video frames go to their tiles through {@link VideoRoutes}.
 *
 * <p>Threading: everything except {@link #onRemoteVideoFrame} runs on the session's single thread, so the roster
 * state needs no lock; nothing here blocks. The room re-posts each event to the FX thread itself.
 */
final class EngineEvents implements dev.coms.client.call.CallListener {

    private final CallListener room;
    private final VideoRoutes video;
    private final Runnable onEnded;
    private final Map<String, Participant> known = new HashMap<>();
    private String selfId;
    private boolean connectionProblem;

    EngineEvents(CallListener room, VideoRoutes video, Runnable onEnded) {
        this.room = room;
        this.video = video;
        this.onEnded = onEnded;
    }

    @Override
    public void onJoined(String self, List<Participant> roster) {
        if (selfId == null) { // a resumed connection says Welcome again: the room must not add a second own tile
            selfId = self;
            boolean host = roster.stream().anyMatch(p -> p.id().equals(self) && p.host());
            room.joined(self, host);
        }
        onRosterChanged(roster);
    }

    @Override
    public void onRosterChanged(List<Participant> roster) {
        Set<String> present = new HashSet<>();
        for (Participant p : roster) {
            present.add(p.id());
            Participant before = known.put(p.id(), p);
            if (before == null && !p.id().equals(selfId)) {
                room.participantJoined(p.id(), p.displayName(), p.host());
            }
            if (before == null || before.micOn() != p.micOn() || before.cameraOn() != p.cameraOn()
                    || before.screenSharing() != p.screenSharing()) {
                video.screenSharing(p.id(), p.screenSharing());
                room.mediaChanged(p.id(), p.micOn(), p.cameraOn(), p.screenSharing());
            }
        }
        for (String gone : Set.copyOf(known.keySet())) {
            if (!present.contains(gone)) {
                onParticipantLeft(gone, LeaveReason.LEFT);
            }
        }
    }

    @Override
    public void onParticipantLeft(String participantId, LeaveReason reason) {
        if (known.remove(participantId) != null) {
            video.forget(participantId);
            room.participantLeft(participantId);
        }
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
                    room.problem("");
                }
            }
            case SIGNALING_RECONNECTING, HOST_RECONNECTING -> {
                connectionProblem = true;
                room.problem(status.message());
            }
            case NO_SOUND, RECEIVE_ONLY_AUDIO, MEDIA_UNAVAILABLE, SERVER_ERROR -> room.problem(status.message());
        }
    }

    @Override
    public void onEnded(CallEnd end) {
        room.ended(reason(end));
        onEnded.run();
    }

    /** The room's reason for the engine's end, as precise as the server's detail allows. */
    static EndReason reason(CallEnd end) {
        String detail = end.detail() == null ? "" : end.detail();
        return switch (end.reason()) {
            case LEFT -> EndReason.LEFT;
            case MEETING_ENDED -> switch (detail) {
                case "HOST_TIMED_OUT" -> EndReason.HOST_TIMED_OUT;
                case "CANCELLED" -> EndReason.CANCELLED;
                default -> EndReason.HOST_ENDED;
            };
            case EXPELLED -> EndReason.EXPELLED;
            case REFUSED -> switch (detail) {
                case "expelled" -> EndReason.EXPELLED;
                case "meeting_full" -> EndReason.FULL;
                case "meeting_ended" -> EndReason.ALREADY_ENDED;
                case "meeting_not_live" -> EndReason.NOT_STARTED;
                case "no_meeting" -> EndReason.NOT_FOUND;
                default -> EndReason.NOT_ADMITTED;
            };
            case CONNECTION_LOST -> EndReason.CONNECTION_LOST;
        };
    }

    /** The user left before the call was set up: the room closes, no session events follow. */
    void endedBeforeJoining() {
        room.ended(EndReason.LEFT);
    }

    /** Tells the room which local devices the call could set up. Any thread. */
    void localDevices(boolean microphone, boolean camera) {
        room.localDevices(microphone, camera);
    }

    /** Tells the room something the adapter found (a missing camera...), in one sentence. Any thread. */
    void problem(String sentence) {
        room.problem(sentence);
    }
}
