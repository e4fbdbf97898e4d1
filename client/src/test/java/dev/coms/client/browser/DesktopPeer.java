package dev.coms.client.browser;

import dev.coms.client.call.CallConfig;
import dev.coms.client.call.CallEnd;
import dev.coms.client.call.CallListener;
import dev.coms.client.call.CallSession;
import dev.coms.client.call.LocalMedia;
import dev.coms.client.call.PeerStats;
import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.SyntheticVideoInput;
import dev.coms.client.call.media.ToneAudioInput;
import dev.coms.client.signaling.RoomAddress;
import dev.coms.client.signaling.SignalingClient;
import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;

/**
 * A desktop participant: the real call engine with a synthetic camera and a tone, counting what it receives.
 */
final class DesktopPeer implements CallListener, AutoCloseable {

    private final LocalMedia media;
    private final CallSession session;
    private final Map<String, AtomicLong> frames = new ConcurrentHashMap<>();
    private final Map<String, PeerStats> stats = new ConcurrentHashMap<>();
    final List<ChatMessage> chat = new CopyOnWriteArrayList<>();
    /** Whose hand is up, as this engine's {@code onHand} reported it. */
    final Set<String> hands = ConcurrentHashMap.newKeySet();

    volatile CallEnd ended;

    DesktopPeer(RtcRuntime rtc, ComsRig rig, OkHttpClient okhttp, String meetingId, String token) throws Exception {
        this(rtc, rig, rig.base, okhttp, meetingId, token);
    }

    /** @param signaling where the engine opens the room's WebSocket (the server, or a proxy in front of it) */
    DesktopPeer(RtcRuntime rtc, ComsRig rig, URI signaling, OkHttpClient okhttp, String meetingId, String token)
            throws Exception {
        JoinTicket ticket = rig.ticket(meetingId, new JoinRequest(null, null), token);
        media = new LocalMedia(rtc);
        media.prepare(TrackKind.CAMERA, new SyntheticVideoInput("camera-desktop", 320, 240, 15), true);
        media.prepare(TrackKind.AUDIO, new ToneAudioInput(440), true);
        var transport = new SignalingClient(
                okhttp,
                RoomAddress.room(signaling, meetingId, ticket.signalingUrl()),
                ticket.ticket(),
                SignalingClient.Settings.defaults());
        session = CallSession.start(
                rtc, media, transport, CallConfig.defaults().withStatsInterval(Duration.ofMillis(400)), this);
    }

    CallSession session() {
        return session;
    }

    String id() {
        return session.selfId();
    }

    /** Camera frames decoded from a participant. */
    long framesFrom(String participantId) {
        return framesFrom(participantId, TrackKind.CAMERA);
    }

    long framesFrom(String participantId, TrackKind kind) {
        AtomicLong count = frames.get(participantId + "/" + kind);
        return count == null ? 0 : count.get();
    }

    long audioPacketsFrom(String participantId) {
        PeerStats s = stats.get(participantId);
        PeerStats.Inbound audio = s == null ? null : s.inbound(TrackKind.AUDIO);
        return audio == null ? 0 : audio.packetsReceived();
    }

    List<String> texts() {
        return chat.stream().map(ChatMessage::text).toList();
    }

    @Override
    public void onRemoteVideoFrame(String participantId, TrackKind kind, VideoFrame frame) {
        frames.computeIfAbsent(participantId + "/" + kind, k -> new AtomicLong())
                .incrementAndGet();
    }

    @Override
    public void onStats(PeerStats peerStats) {
        stats.put(peerStats.participantId(), peerStats);
    }

    @Override
    public void onChat(ChatMessage message) {
        chat.add(message);
    }

    @Override
    public void onHand(String participantId, boolean raised) {
        if (raised) {
            hands.add(participantId);
        } else {
            hands.remove(participantId);
        }
    }

    @Override
    public void onEnded(CallEnd end) {
        ended = end;
    }

    @Override
    public void close() {
        session.close();
        media.close();
    }
}
