package dev.coms.client.call.testing;

import dev.coms.client.call.CallEnd;
import dev.coms.client.call.CallListener;
import dev.coms.client.call.CallStatus;
import dev.coms.client.call.PeerStats;
import dev.coms.client.call.media.FrameCounterCode;
import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.onvoid.webrtc.media.video.I420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Records what a participant would see: frames per (participant, kind) with their counters, chat, roster, end. */
public final class Recorder implements CallListener {

    /** What arrived from one remote stream. */
    public static final class Stream {
        public final AtomicLong frames = new AtomicLong();
        public volatile int lastCounter = -1;
        public volatile int width;
        public volatile long firstFrameNanos;
    }

    public final Map<String, Stream> streams = new ConcurrentHashMap<>();
    public final List<ChatMessage> chat = new CopyOnWriteArrayList<>();
    public final List<String> endedTracks = new CopyOnWriteArrayList<>();
    public final Map<String, PeerStats> stats = new ConcurrentHashMap<>();
    public final List<CallStatus> statuses = new CopyOnWriteArrayList<>();
    /** Everyone present, kept from the typed events (the session thread writes, tests read the snapshot). */
    public volatile List<Participant> roster = List.of();

    private final Map<String, Participant> present = new LinkedHashMap<>();
    /** Who was reported as gone, in order. */
    public final List<String> left = new CopyOnWriteArrayList<>();

    public volatile CallEnd ended;
    /** The active speaker as last announced ("" before any announcement, null for nobody). */
    public volatile String activeSpeaker = "";

    public Stream stream(String participantId, TrackKind kind) {
        return streams.computeIfAbsent(participantId + "/" + kind, k -> new Stream());
    }

    @Override
    public void onRemoteVideoFrame(String participantId, TrackKind kind, VideoFrame frame) {
        Stream stream = stream(participantId, kind);
        if (stream.frames.getAndIncrement() == 0) {
            stream.firstFrameNanos = System.nanoTime();
        }
        if (frame.buffer instanceof I420Buffer i420) {
            int counter = FrameCounterCode.read(i420);
            if (counter >= 0) {
                stream.lastCounter = counter;
            }
            stream.width = i420.getWidth();
        }
    }

    @Override
    public void onJoined(String selfId, List<Participant> everyone) {
        present.clear();
        everyone.forEach(p -> present.put(p.id(), p));
        roster = List.copyOf(present.values());
    }

    @Override
    public void onParticipantJoined(Participant participant) {
        present.put(participant.id(), participant);
        roster = List.copyOf(present.values());
    }

    @Override
    public void onParticipantUpdated(Participant participant) {
        present.put(participant.id(), participant);
        roster = List.copyOf(present.values());
    }

    @Override
    public void onParticipantLeft(String participantId, LeaveReason reason) {
        left.add(participantId);
        present.remove(participantId);
        roster = List.copyOf(present.values());
    }

    @Override
    public void onRemoteTrackEnded(String participantId, TrackKind kind) {
        endedTracks.add(participantId + "/" + kind);
    }

    @Override
    public void onChat(ChatMessage message) {
        chat.add(message);
    }

    @Override
    public void onActiveSpeaker(String participantId) {
        activeSpeaker = participantId;
    }

    @Override
    public void onStats(PeerStats peerStats) {
        stats.put(peerStats.participantId(), peerStats);
    }

    @Override
    public void onStatus(CallStatus status) {
        statuses.add(status);
    }

    @Override
    public void onEnded(CallEnd end) {
        ended = end;
    }

    public Participant participant(String id) {
        return roster.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
