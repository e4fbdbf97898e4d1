package dev.coms.client.app.calls;

import dev.coms.client.call.CallConfig;
import dev.coms.client.call.CallEnd;
import dev.coms.client.call.CallSession;
import dev.coms.client.call.ChatRejectedException;
import dev.coms.client.call.LocalMedia;
import dev.coms.client.call.runtime.CallRuntime;
import dev.coms.client.call.runtime.MediaSources;
import dev.coms.client.concurrent.Daemons;
import dev.coms.client.signaling.RoomAddress;
import dev.coms.client.signaling.SignalingClient;
import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.rest.JoinTicket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meeting room's {@link CallPort} on the real call engine: one {@link CallSession} over the room's
 * {@link SignalingClient}, with local media from {@link MediaSources}. One instance per meeting.
 *
 * <p>Threading: the room calls every method on the FX thread, and none of them blocks: joining waits for the
 * engine on a setup thread, the session does its work on its own thread, and ending a call (which waits for peer
 * connections to close before devices are released) runs on a teardown thread. Events reach the room's
 * {@link RoomListener} from engine threads.
 */
public final class EngineCallPort implements CallPort {

    private static final Logger log = LoggerFactory.getLogger(EngineCallPort.class);
    private static final Duration ENGINE_START_LIMIT = Duration.ofSeconds(30);

    private final CallRuntime runtime;
    private final MediaSources sources;
    private final CallConfig config;
    private final SignalingClient.Settings signaling;
    private final VideoRoutes video = new VideoRoutes();
    private final LocalPreview preview = new LocalPreview();
    private final AtomicBoolean tornDown = new AtomicBoolean();
    private final CompletableFuture<Void> released = new CompletableFuture<>();
    private volatile boolean microphone = true;
    private volatile boolean camera = true;
    private EngineEvents events;
    private CallRuntime.Ready engine;
    private LocalMedia media;
    private CallSession session;
    private boolean left;

    public EngineCallPort(
            CallRuntime runtime, MediaSources sources, CallConfig config, SignalingClient.Settings signaling) {
        this.runtime = runtime;
        this.sources = sources;
        this.config = config;
        this.signaling = signaling;
        runtime.track(released);
    }

    /** With the engine's default call and signaling settings. */
    public EngineCallPort(CallRuntime runtime, MediaSources sources) {
        this(runtime, sources, CallConfig.defaults(), SignalingClient.Settings.defaults());
    }

    @Override
    public void join(URI server, JoinTicket ticket, String displayName, RoomListener listener) {
        EngineEvents translated = new EngineEvents(listener, video, this::tearDownLater);
        synchronized (this) {
            events = translated;
        }
        if (!ticket.signalingUrl().endsWith("/ws/rooms/" + ticket.meetingId())) {
            log.warn(
                    "The ticket names the room at {}; connecting to /ws/rooms/{}",
                    ticket.signalingUrl(),
                    ticket.meetingId());
        }
        Daemons.start("coms-call-setup", () -> start(server, ticket, translated));
    }

    private void start(URI server, JoinTicket ticket, EngineEvents translated) {
        try {
            CallRuntime.Ready ready = runtime.ready().get(ENGINE_START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            LocalMedia prepared = new LocalMedia(ready.rtc());
            synchronized (this) {
                engine = ready;
                media = prepared; // from here on the teardown releases it
            }
            sources.prepare(
                    ready, prepared, microphone, camera, failed -> translated.problem(EngineEvents.problem(failed)));
            boolean hasMicrophone = prepared.track(TrackKind.AUDIO) != null;
            boolean hasCamera = prepared.track(TrackKind.CAMERA) != null;
            if (!hasMicrophone || !hasCamera) {
                translated.localDevices(hasMicrophone, hasCamera);
            }
            URI room = RoomAddress.room(server, ticket.meetingId(), ticket.signalingUrl());
            var transport = new SignalingClient(runtime.http(), room, ticket.ticket(), signaling);
            synchronized (this) {
                if (left) { // the user left before the call was set up
                    tearDownLater();
                    return;
                }
                preview.plug(prepared.track(TrackKind.CAMERA));
                session = CallSession.start(ready.rtc(), prepared, transport, config, translated);
            }
        } catch (Exception | Error e) { // the native binding reports failures as java.lang.Error
            log.error("Cannot join: the call could not be set up", e);
            translated.problem(RoomProblem.CALLS_UNAVAILABLE);
            translated.onEnded(CallEnd.of(CallEnd.Reason.SETUP_FAILED));
        }
    }

    @Override
    public void setMicrophone(boolean on) {
        microphone = on;
        CallSession s = session();
        if (s != null) {
            if (on && media.track(TrackKind.AUDIO) == null) {
                events.problem(RoomProblem.NO_MICROPHONE);
            }
            s.setMicrophoneOn(on).exceptionally(e -> null); // failures arrive as a notice from the engine
        }
    }

    @Override
    public void setCamera(boolean on) {
        camera = on;
        CallSession s = session();
        if (s != null) {
            if (on && media.track(TrackKind.CAMERA) == null) {
                events.problem(RoomProblem.NO_CAMERA);
            }
            s.setCameraOn(on).exceptionally(e -> null);
        }
    }

    @Override
    public void setScreenSharing(boolean on) {
        CallSession s = session();
        if (s == null) {
            return;
        }
        if (!on) {
            s.stopScreenShare().exceptionally(e -> null);
            return;
        }
        try {
            s.startScreenShare(sources.screen(engine)).exceptionally(e -> null); // failures arrive as a notice
        } catch (RuntimeException | Error e) { // creating the native capturer failed
            log.warn("Screen sharing could not be set up", e);
            events.problem(RoomProblem.NO_SCREEN);
        }
    }

    @Override
    public void sendChat(String toParticipantId, String text) {
        CallSession s = session();
        if (s == null) {
            events.problem(RoomProblem.NOT_CONNECTED_YET);
            return;
        }
        var sent = toParticipantId == null ? s.sendChat(text) : s.sendPrivateChat(toParticipantId, text);
        sent.exceptionally(e -> {
            Throwable cause =
                    e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            events.problem(
                    cause instanceof ChatRejectedException rejected
                            ? switch (rejected.reason()) {
                                case LENGTH -> RoomProblem.MESSAGE_LENGTH;
                                case RECIPIENT_GONE -> RoomProblem.RECIPIENT_GONE;
                            }
                            : RoomProblem.MESSAGE_NOT_SENT);
            return null;
        });
    }

    @Override
    public void setHand(boolean raised) {
        CallSession s = session();
        if (s != null) {
            s.setHand(raised);
        }
    }

    @Override
    public void lowerHand(String participantId) {
        CallSession s = session();
        if (s != null) {
            s.lowerHand(participantId);
        }
    }

    @Override
    public void expel(String participantId) {
        CallSession s = session();
        if (s != null) {
            s.expel(participantId);
        }
    }

    @Override
    public void answerKnock(String participantId, boolean admit) {
        CallSession s = session();
        if (s != null) {
            s.answerKnock(participantId, admit);
        }
    }

    @Override
    public void setRoomState(Boolean locked, Boolean waitingRoom) {
        CallSession s = session();
        if (s != null) {
            s.setRoomState(locked, waitingRoom);
        }
    }

    @Override
    public void attachVideo(String participantId, FrameSink sink) {
        if (participantId == null) {
            preview.show(sink);
        } else {
            video.attach(participantId, sink);
        }
    }

    @Override
    public void detachVideo(String participantId) {
        if (participantId == null) {
            preview.show(null);
        } else {
            video.detach(participantId);
        }
    }

    @Override
    public void leave() {
        CallSession s;
        EngineEvents translated;
        synchronized (this) {
            left = true;
            s = tornDown.get() ? null : session;
            translated = tornDown.get() ? null : events;
        }
        if (s != null) {
            s.leave(); // tells the server at once; the engine's end then tears the call down
        } else if (translated != null) {
            translated.endedBeforeJoining(); // the setup thread releases what it prepared once it sees `left`
        }
    }

    /**
     * Completes once the call has ended and its peer connections, preview and devices are released; only then may
     * the {@link CallRuntime} be closed.
     */
    public CompletableFuture<Void> released() {
        return released;
    }

    /** The running session, or null before it starts and once the call has ended. */
    private synchronized CallSession session() {
        return tornDown.get() ? null : session;
    }

    /** Closes the session, then the camera preview, then the devices: on a thread of its own, once. */
    private void tearDownLater() {
        if (!tornDown.compareAndSet(false, true)) {
            return;
        }
        Daemons.start("coms-call-teardown", this::tearDown);
    }

    private void tearDown() {
        CallSession s;
        LocalMedia m;
        synchronized (this) {
            s = session;
            m = media;
        }
        try {
            if (s != null) {
                s.close(); // waits until every peer connection is closed
            }
            preview.unplug();
            if (m != null) {
                m.close();
            }
            log.info("Call resources released");
        } catch (RuntimeException | Error e) {
            log.error("Releasing the call's resources failed", e);
        } finally {
            released.complete(null);
        }
    }
}
