package dev.coms.client.call;

import dev.coms.client.call.media.MediaInput;
import dev.coms.client.call.media.MediaUnavailableException;
import dev.coms.client.call.media.VideoInput;
import dev.coms.client.concurrent.Daemons;
import dev.coms.client.signaling.SignalingTransport;
import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.PeerRoles;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.signal.SignalMessage;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One participant's side of a meeting: a full mesh of {@link PeerLink}s (one per other participant) driven by the
 * room's signaling, the local media they send, chat over data channels, and statistics. This is the API the room
 * view model binds to.
 *
 * <p>Threading: the session's state lives on its own "coms-call" thread. Signaling events and peer-link events
 * are re-posted there; {@link CallListener} methods (except video frames) are called there. Public methods may be
 * called from any thread: they enqueue work and return a future completed on the session thread.
 *
 * <p>Ownership: the session closes its peer connections; the {@link LocalMedia} and {@link RtcRuntime} belong to
 * the caller, who closes them after the session (media may outlive a call, e.g. for a preview).
 */
public final class CallSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallSession.class);
    /** How often the machine's network addresses are compared with the last ones seen. */
    private static final long NETWORK_POLL_MILLIS = 2_000;

    private final RtcRuntime rtc;
    private final LocalMedia media;
    private final SignalingTransport transport;
    private final CallConfig config;
    private final CallListener listener;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("coms-call"));
    private final Roster roster = new Roster();
    private final Map<String, PeerLink> links = new LinkedHashMap<>();
    private final SessionChat chat;
    private final SessionVoice voice;
    private final SignalHandler signals;
    private boolean ended;
    /** Completes once every peer connection is closed after the call ended; null while in the call. */
    private CompletableFuture<Void> teardown;

    private CallSession(
            RtcRuntime rtc, LocalMedia media, SignalingTransport transport, CallConfig config, CallListener listener) {
        this.rtc = rtc;
        this.media = media;
        this.transport = transport;
        this.config = config;
        this.listener = listener;
        this.voice = new SessionVoice(config.clock(), roster, links, listener);
        this.chat = new SessionChat(config, roster, links, listener, voice::heard);
        this.signals = new SignalHandler(this, roster, listener);
    }

    /** Joins: starts the transport and connects to everyone its {@code Welcome} lists. */
    public static CallSession start(
            RtcRuntime rtc, LocalMedia media, SignalingTransport transport, CallConfig config, CallListener listener) {
        CallSession session = new CallSession(rtc, media, transport, config, listener);
        transport.start(session.signals);
        long every = config.statsInterval().toMillis();
        if (every > 0) {
            session.thread.scheduleWithFixedDelay(
                    () -> session.links.values().forEach(PeerLink::pollStats), every, every, TimeUnit.MILLISECONDS);
        }
        NetworkWatch network = NetworkWatch.ofMachine();
        session.thread.scheduleWithFixedDelay(
                () -> {
                    if (network.changed()) {
                        session.links.values().forEach(PeerLink::restartIce); // a new path: new candidates now
                    }
                },
                0,
                NETWORK_POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        long voiceEvery = config.voiceInterval().toMillis();
        if (voiceEvery > 0) {
            session.thread.scheduleWithFixedDelay(session::pollVoice, voiceEvery, voiceEvery, TimeUnit.MILLISECONDS);
        }
        return session;
    }

    /** Your participant id, or null before the {@code Welcome}. */
    public String selfId() {
        return roster.selfId();
    }

    /** Everyone in the room (you included), as last known. Any thread. */
    public List<Participant> roster() {
        return roster.snapshot();
    }

    /** Switches the microphone on or off. Off sends no audio at all (the sender carries no track). */
    public CompletableFuture<Void> setMicrophoneOn(boolean on) {
        return switchKind(TrackKind.AUDIO, on);
    }

    /** Switches the camera on or off; off releases the camera and sends no video. */
    public CompletableFuture<Void> setCameraOn(boolean on) {
        return switchKind(TrackKind.CAMERA, on);
    }

    /**
     * Uses {@code input} for {@code kind} from now on (a first camera, another microphone, ...), on or off. The
     * previous input of that kind is closed once no peer sends it any more.
     */
    public CompletableFuture<Void> useInput(TrackKind kind, MediaInput input, boolean on) {
        return onThread(() -> {
            try {
                return swap(kind, media.install(kind, input, on));
            } catch (MediaUnavailableException e) {
                unavailable(e);
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /** Starts sharing a screen as an extra video track (the camera stays); others see it as its own tile. */
    public CompletableFuture<Void> startScreenShare(VideoInput screen) {
        return useInput(TrackKind.SCREEN, screen, true);
    }

    /** Stops sharing; the tile disappears for everyone. */
    public CompletableFuture<Void> stopScreenShare() {
        return onThread(() -> swap(TrackKind.SCREEN, media.uninstall(TrackKind.SCREEN)));
    }

    /** Sends a chat message to everyone; completes with the message (also passed to {@code onChat}). */
    public CompletableFuture<ChatMessage> sendChat(String text) {
        return onThread(() -> CompletableFuture.completedFuture(chat.send(text, null)));
    }

    /** Sends a chat message only to {@code participantId}. */
    public CompletableFuture<ChatMessage> sendPrivateChat(String participantId, String text) {
        return onThread(() -> CompletableFuture.completedFuture(chat.send(text, participantId)));
    }

    /** Every chat message seen in this call, oldest first. */
    public CompletableFuture<List<ChatMessage>> chatHistory() {
        return onThread(() -> CompletableFuture.completedFuture(chat.log()));
    }

    /** Raises or lowers your hand; everyone (you included, through {@code onHand}) sees it. */
    public void setHand(boolean raised) {
        post(() -> chat.setHand(raised));
    }

    /** Host: lowers someone's hand for everyone (receivers accept it only from the host). */
    public void lowerHand(String participantId) {
        post(() -> chat.lowerHand(participantId));
    }

    /** Host only: removes a participant and keeps them out (the server checks the right). */
    public void expel(String participantId) {
        transport.send(new SignalMessage.Expel(participantId));
    }

    /** Host only: lets a knocking newcomer in ({@code true}) or turns them away. */
    public void answerKnock(String participantId, boolean admit) {
        transport.send(admit ? new SignalMessage.Admit(participantId) : new SignalMessage.Deny(participantId));
    }

    /** Host only: locks or unlocks the meeting, turns the waiting room on or off (null keeps a setting as it is). */
    public void setRoomState(Boolean locked, Boolean waitingRoom) {
        transport.send(new SignalMessage.SetRoomState(locked, waitingRoom));
    }

    /** The participants you have a peer connection with. */
    public CompletableFuture<Set<String>> connectedPeers() {
        return onThread(() -> CompletableFuture.completedFuture(Set.copyOf(links.keySet())));
    }

    /** Which kinds of track you receive from {@code participantId} right now. */
    public CompletableFuture<List<TrackKind>> receivedKinds(String participantId) {
        return onThread(() -> {
            PeerLink link = links.get(participantId);
            return link == null ? CompletableFuture.completedFuture(List.of()) : link.receivedKinds();
        });
    }

    /** Restarts ICE with one participant (after a network change); the media continues. */
    public void restartIce(String participantId) {
        thread.execute(() -> {
            PeerLink link = links.get(participantId);
            if (link != null) {
                link.restartIce();
            }
        });
    }

    /** Leaves the meeting for good (if you are the host, it ends for everyone). */
    public CompletableFuture<Void> leave() {
        return onThread(() -> {
            if (!ended) {
                transport.send(new SignalMessage.Leave("left"));
            }
            return end(CallEnd.of(CallEnd.Reason.LEFT));
        });
    }

    /**
     * Leaves if still in the call, waits until every peer connection is closed (also when the call had already
     * ended on its own), and stops the session thread. Only then may the caller close the {@link LocalMedia}.
     */
    @Override
    public void close() {
        try {
            leave().get(60, TimeUnit.SECONDS); // closing many connections on a busy machine takes a while
        } catch (Exception e) {
            log.warn("Closing the call did not finish cleanly: {}", e.toString());
        }
        thread.shutdown();
    }

    // ---- called on the session thread (by SignalHandler) ----

    void post(Runnable task) {
        if (!thread.isShutdown()) {
            thread.execute(task);
        }
    }

    boolean ended() {
        return ended;
    }

    void openLink(String peerId) {
        if (ended || links.containsKey(peerId) || peerId.equals(roster.selfId())) {
            return;
        }
        Map<TrackKind, MediaStreamTrack> tracks = new EnumMap<>(TrackKind.class);
        for (TrackKind kind : TrackKind.values()) {
            MediaStreamTrack track = media.sendingTrack(kind);
            if (track != null) {
                tracks.put(kind, track);
            }
        }
        boolean initiator = PeerRoles.offersFirst(roster.selfId(), peerId);
        links.put(
                peerId,
                PeerLink.open(
                        peerId,
                        initiator,
                        rtc.factory(),
                        roster.iceServers(),
                        tracks,
                        links.size() + 2,
                        new LinkEvents(this, transport, chat, listener),
                        listener));
        links.values().forEach(link -> link.meshSize(links.size() + 1));
    }

    void closeLink(String peerId) {
        PeerLink link = links.remove(peerId);
        voice.forget(peerId);
        if (link != null) {
            link.close();
            links.values().forEach(l -> l.meshSize(links.size() + 1));
        }
    }

    PeerLink link(String peerId) {
        return links.get(peerId);
    }

    Set<String> linkedPeers() {
        return Set.copyOf(links.keySet());
    }

    void sendMediaState() {
        transport.send(new SignalMessage.MediaState(
                media.isOn(TrackKind.AUDIO), media.isOn(TrackKind.CAMERA), media.isOn(TrackKind.SCREEN)));
    }

    boolean hasMicrophone() {
        return media.track(TrackKind.AUDIO) != null;
    }

    CompletableFuture<Void> end(CallEnd end) {
        if (ended) {
            return teardown; // callers (e.g. close before disposing media) wait for the same teardown
        }
        ended = true;
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        links.values().forEach(link -> closing.add(link.close()));
        links.clear();
        try {
            transport.close();
        } catch (RuntimeException e) {
            log.warn("Closing the signaling connection failed: {}", e.toString()); // the teardown goes on
        }
        teardown = CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                .handleAsync(
                        (ok, error) -> {
                            listener.onEnded(end);
                            return null;
                        },
                        thread);
        return teardown;
    }

    /** Measures the own microphone (through any one peer connection's statistics) and updates who speaks. */
    private void pollVoice() {
        if (ended) {
            return;
        }
        voice.tick();
        if (!media.isOn(TrackKind.AUDIO) || links.isEmpty()) {
            voice.localLevel(0);
            return;
        }
        links.values()
                .iterator()
                .next()
                .pollLocalAudioLevel(level -> post(() -> {
                    if (!ended) {
                        voice.localLevel(media.isOn(TrackKind.AUDIO) ? level : 0);
                    }
                }));
    }

    private CompletableFuture<Void> switchKind(TrackKind kind, boolean on) {
        return onThread(() -> {
            try {
                if (!media.setOn(kind, on)) {
                    return CompletableFuture.completedFuture(null);
                }
            } catch (MediaUnavailableException e) {
                unavailable(e);
                return CompletableFuture.failedFuture(e);
            }
            return swap(kind, null);
        });
    }

    /** Points every link's {@code kind} sender at the current track; disposes {@code old} once all have moved. */
    private CompletableFuture<Void> swap(TrackKind kind, LocalMedia.Slot old) {
        MediaStreamTrack track = media.sendingTrack(kind);
        List<CompletableFuture<Void>> moved = new ArrayList<>();
        links.values().forEach(link -> moved.add(link.setTrack(kind, track)));
        sendMediaState();
        return CompletableFuture.allOf(moved.toArray(CompletableFuture[]::new))
                .handleAsync(
                        (ok, error) -> {
                            if (old != null) {
                                old.dispose();
                            }
                            return null;
                        },
                        thread);
    }

    private void unavailable(MediaUnavailableException e) {
        log.warn("Media unavailable", e);
        listener.onStatus(CallStatus.media(e.problem()));
    }

    private <T> CompletableFuture<T> onThread(Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                work.get().whenComplete((value, error) -> {
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(value);
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
