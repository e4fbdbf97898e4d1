package dev.coms.client.call;

import dev.coms.client.call.media.AudioSinkGuard;
import dev.coms.client.concurrent.Daemons;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.IceServer;
import dev.coms.protocol.signal.SignalMessage;
import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceServer;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpReceiver;
import dev.onvoid.webrtc.RTCRtpSender;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer connection to one other participant: its senders (one per {@link TrackKind}), the tracks it receives,
 * the "chat" data channel (pre-negotiated, id 0, ordered and reliable), negotiation and statistics.
 *
 * <p>Threading: everything runs on this link's own serial thread. Every {@link PeerConnectionObserver} and data
 * channel callback (WebRTC threads) is re-posted to it, so offers, answers and candidates keep their order. All
 * methods may be called from any thread; they enqueue work and return.
 */
final class PeerLink {

    private static final Logger log = LoggerFactory.getLogger(PeerLink.class);

    /** What the link reports to its session; called on the link thread. */
    interface Events {
        void send(SignalMessage message);

        void chatReceived(String peerId, byte[] payload);

        void chatOpened(String peerId);

        void peerState(String peerId, CallListener.PeerState state);

        void trackEnded(String peerId, TrackKind kind);

        void stats(PeerStats stats);
    }

    private final String peerId;
    private final boolean initiator;
    private final Events events;
    private final ScheduledExecutorService thread;
    private final RemoteTracks remote;
    private final StatsReader statsReader;
    private final Map<TrackKind, RTCRtpSender> senders = new EnumMap<>(TrackKind.class);
    private RTCPeerConnection pc;
    private ChatChannel chat;
    private Negotiation negotiation;
    private StreamLimits cameraLimits;
    private StreamLimits screenLimits;
    private boolean closed;
    /** Counts disconnections and reconnections, so a restart scheduled for an outage that ended is skipped. */
    private long outage;
    /** How long a connection may stay disconnected before ICE restarts. */
    private static final long RESTART_AFTER_MILLIS = 3_000;

    private PeerLink(String peerId, boolean initiator, Events events, CallListener frames) {
        this.peerId = peerId;
        this.initiator = initiator;
        this.events = events;
        ScheduledThreadPoolExecutor serial = new ScheduledThreadPoolExecutor(1, Daemons.named("coms-peer-" + peerId));
        serial.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a pending ICE restart dies with the link
        this.thread = serial;
        this.remote = new RemoteTracks(peerId, frames, events::trackEnded);
        this.statsReader = new StatsReader(peerId, remote::kindOf);
    }

    /** Creates the connection and adds the tracks in {@code tracks}; the initiator then sends the first offer. */
    static PeerLink open(
            String peerId,
            boolean initiator,
            PeerConnectionFactory factory,
            List<IceServer> iceServers,
            Map<TrackKind, MediaStreamTrack> tracks,
            int meshSize,
            Events events,
            CallListener frames) {
        PeerLink link = new PeerLink(peerId, initiator, events, frames);
        link.post(() -> link.create(factory, iceServers, tracks, meshSize));
        return link;
    }

    String peerId() {
        return peerId;
    }

    void remoteDescription(RTCSdpType type, String sdp) {
        post(() -> negotiation.remoteDescription(type, sdp));
    }

    void remoteCandidate(RTCIceCandidate candidate) {
        post(() -> negotiation.remoteCandidate(candidate));
    }

    /** Sends {@code track} as this link's {@code kind} (null: send nothing of that kind). */
    CompletableFuture<Void> setTrack(TrackKind kind, MediaStreamTrack track) {
        return call(() -> setTrackNow(kind, track), false);
    }

    /** Adapts outgoing video to a mesh of {@code participants} people. */
    void meshSize(int participants) {
        post(() -> applyLimits(participants));
    }

    /** Sends a chat payload; completes with false when the channel is not open. */
    CompletableFuture<Boolean> sendChat(byte[] payload) {
        CompletableFuture<Boolean> sent = new CompletableFuture<>();
        post(() -> sent.complete(sendNow(payload)));
        return sent;
    }

    /** Polls statistics; the result arrives through {@link Events#stats}. */
    void pollStats() {
        post(() -> pc.getStats(report -> post(() -> events.stats(statsReader.read(report)))));
    }

    /** Reads the level of the audio this connection sends (the own microphone), 0–1; on a WebRTC thread. */
    void pollLocalAudioLevel(java.util.function.DoubleConsumer level) {
        post(() -> pc.getStats(report -> level.accept(StatsReader.localAudioLevel(report))));
    }

    /** Forces an ICE restart (normally done by the initiator when the connection fails). */
    void restartIce() {
        post(() -> negotiation.restartIce());
    }

    /** Which kinds of track this link currently receives. */
    CompletableFuture<List<TrackKind>> receivedKinds() {
        CompletableFuture<List<TrackKind>> kinds = new CompletableFuture<>();
        post(() -> kinds.complete(remote.kinds()));
        return kinds;
    }

    /** Closes the connection in the safe order (sinks, senders, channel, connection) and stops the thread. */
    CompletableFuture<Void> close() {
        CompletableFuture<Void> done = call(this::closeNow, true);
        thread.shutdown();
        return done;
    }

    private void create(
            PeerConnectionFactory factory,
            List<IceServer> iceServers,
            Map<TrackKind, MediaStreamTrack> tracks,
            int meshSize) {
        RTCConfiguration config = new RTCConfiguration();
        config.bundlePolicy = RTCBundlePolicy.MAX_BUNDLE;
        for (IceServer server : iceServers) {
            RTCIceServer ice = new RTCIceServer();
            ice.urls = List.copyOf(server.urls());
            ice.username = server.username();
            ice.password = server.credential();
            config.iceServers.add(ice);
        }
        pc = factory.createPeerConnection(config, new Observer());
        negotiation = new Negotiation(pc, peerId, initiator, events::send, remote::described);
        chat = new ChatChannel(
                pc,
                peerId,
                this::post,
                () -> events.chatOpened(peerId),
                payload -> events.chatReceived(peerId, payload));
        cameraLimits = StreamLimits.forCamera(meshSize);
        screenLimits = StreamLimits.forScreen(meshSize);
        tracks.forEach(this::setTrackNow);
        events.peerState(peerId, CallListener.PeerState.CONNECTING);
    }

    private void setTrackNow(TrackKind kind, MediaStreamTrack track) {
        AudioSinkGuard.changingSenders(() -> changeSender(kind, track));
    }

    private void changeSender(TrackKind kind, MediaStreamTrack track) {
        RTCRtpSender sender = senders.get(kind);
        if (track == null && sender != null && kind == TrackKind.SCREEN) {
            pc.removeTrack(sender); // the tile disappears on the other side (renegotiates)
            senders.remove(kind);
        } else if (sender != null) {
            sender.replaceTrack(track); // no renegotiation; a null track sends nothing
        } else if (track != null) {
            senders.put(kind, pc.addTrack(track, List.of(kind.streamId())));
        }
        applyLimits(senders.get(kind), kind);
    }

    private void applyLimits(int participants) {
        cameraLimits = StreamLimits.forCamera(participants);
        screenLimits = StreamLimits.forScreen(participants);
        applyLimits(senders.get(TrackKind.CAMERA), TrackKind.CAMERA);
        applyLimits(senders.get(TrackKind.SCREEN), TrackKind.SCREEN);
    }

    private void applyLimits(RTCRtpSender sender, TrackKind kind) {
        StreamLimits limits = kind == TrackKind.CAMERA ? cameraLimits : kind == TrackKind.SCREEN ? screenLimits : null;
        if (sender == null || limits == null) {
            return;
        }
        var parameters = sender.getParameters();
        if (parameters.encodings == null || parameters.encodings.isEmpty()) {
            return;
        }
        for (var encoding : parameters.encodings) {
            encoding.maxBitrate = limits.maxBitrateBps();
            encoding.scaleResolutionDownBy = limits.scaleResolutionDownBy();
            encoding.maxFramerate = limits.maxFramerate();
        }
        try {
            sender.setParameters(parameters);
        } catch (RuntimeException e) {
            log.warn("Could not limit {} sent to {}: {}", kind, peerId, e.getMessage());
        }
    }

    private boolean sendNow(byte[] payload) {
        if (closed || chat == null) {
            return false;
        }
        chat.send(payload);
        return true;
    }

    private void connectionState(RTCPeerConnectionState state) {
        CallListener.PeerState mapped = switch (state) {
            case NEW, CONNECTING -> CallListener.PeerState.CONNECTING;
            case CONNECTED -> CallListener.PeerState.CONNECTED;
            case DISCONNECTED, FAILED -> CallListener.PeerState.RECONNECTING;
            case CLOSED -> CallListener.PeerState.CLOSED;
        };
        if (state == RTCPeerConnectionState.FAILED && initiator) {
            negotiation.restartIce();
        } else if (state == RTCPeerConnectionState.DISCONNECTED || state == RTCPeerConnectionState.FAILED) {
            restartIfStillDown(++outage);
        } else if (state == RTCPeerConnectionState.CONNECTED) {
            outage++; // a pending restart is no longer needed
        }
        events.peerState(peerId, mapped);
    }

    /**
     * A connection disconnected for a few seconds restarts ICE from either side (the side that offered first sooner,
     * so both rarely offer at once; perfect negotiation settles it when they do). Runs on the link thread.
     */
    private void restartIfStillDown(long which) {
        long after = initiator ? RESTART_AFTER_MILLIS : RESTART_AFTER_MILLIS + 1_500;
        try {
            thread.schedule(
                    () -> {
                        RTCPeerConnectionState now = closed ? null : pc.getConnectionState();
                        if (which == outage
                                && (now == RTCPeerConnectionState.DISCONNECTED
                                        || now == RTCPeerConnectionState.FAILED)) {
                            negotiation.restartIce();
                        }
                    },
                    after,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Link to {} closed before a restart was due", peerId);
        }
    }

    private void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        remote.detachAll();
        AudioSinkGuard.changingSenders(() -> {
            for (RTCRtpSender sender : senders.values()) {
                pc.removeTrack(sender);
            }
            senders.clear();
            chat.close();
            pc.close();
        });
        events.peerState(peerId, CallListener.PeerState.CLOSED);
    }

    private void post(Runnable task) {
        try {
            thread.execute(() -> {
                if (closed) {
                    return;
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("Peer connection to {}: {}", peerId, e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Ignored work for closed link {}", peerId);
        }
    }

    private CompletableFuture<Void> call(Runnable task, boolean evenIfClosed) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    if (!closed || evenIfClosed) {
                        task.run();
                    }
                    done.complete(null);
                } catch (RuntimeException e) {
                    log.warn("Peer connection to {}: {}", peerId, e.getMessage(), e);
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            done.complete(null);
        }
        return done;
    }

    /** Native callbacks, re-posted to the link thread. */
    private final class Observer implements PeerConnectionObserver {
        @Override
        public void onIceCandidate(RTCIceCandidate c) {
            post(() -> events.send(new SignalMessage.Candidate(null, peerId, c.sdpMid, c.sdpMLineIndex, c.sdp)));
        }

        @Override
        public void onConnectionChange(RTCPeerConnectionState state) {
            post(() -> connectionState(state));
        }

        @Override
        public void onRenegotiationNeeded() {
            post(() -> negotiation.negotiationNeeded());
        }

        @Override
        public void onTrack(RTCRtpTransceiver transceiver) {
            MediaStreamTrack track = transceiver.getReceiver().getTrack();
            String mid = transceiver.getMid();
            post(() -> remote.attach(track, mid, null));
        }

        @Override
        public void onRemoveTrack(RTCRtpReceiver receiver) {
            String trackId = receiver.getTrack().getId();
            post(() -> remote.detach(trackId));
        }
    }
}
