package dev.coms.server.rooms;

import dev.coms.protocol.signal.CloseCode;
import dev.coms.protocol.signal.SignalCodec;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage.Answer;
import dev.coms.protocol.signal.SignalMessage.Candidate;
import dev.coms.protocol.signal.SignalMessage.Expel;
import dev.coms.protocol.signal.SignalMessage.Leave;
import dev.coms.protocol.signal.SignalMessage.MediaState;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.Ping;
import dev.coms.protocol.signal.SignalMessage.Pong;
import dev.coms.protocol.signal.SignalMessage.Welcome;
import dev.coms.protocol.signal.SignalMessage;
import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

/**
 * One participant's WebSocket connection to a room (one instance per connection). Authenticates the upgrade
 * (ticket or resume token), assembles fragments under a size cap, rate-limits, parses at the edge and hands typed
 * messages to the {@link Room}. Outgoing messages go through an {@link Outbox}.
 *
 * <p>Threading: Helidon calls every listener method on this connection's own thread, in order. {@link #send},
 * {@link #closeAfter}, {@link #replaced} and {@link #abort} may be called from any thread.
 */
final class RoomConnection implements WsListener {

    private static final System.Logger log = System.getLogger(RoomConnection.class.getName());

    private final RoomRegistry registry;
    private Doorkeeper.Admission admission;
    private InboundGate gate;
    private int badInputs;
    private volatile WsSession session;
    /** Longest SDP relayed: a real one with audio, two videos and data is 4–10 KB; far below the message cap. */
    static final int MAX_SDP_CHARS = 20 * 1024;
    /** Longest ICE candidate line relayed (real ones are about 100–200 characters). */
    static final int MAX_CANDIDATE_CHARS = 1024;

    private volatile Outbox outbox;
    private volatile Thread thread;
    private volatile Instant lastSeen;
    private volatile boolean finished;

    RoomConnection(RoomRegistry registry) {
        this.registry = registry;
    }

    Member member() {
        return admission.member();
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
        try {
            admission = registry.admit(prologue.uriPath().path(), prologue.query());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Could not admit a room connection", e);
            throw RoomRefusal.unavailable().reply();
        } catch (RoomRefusal refusal) {
            log.log(Level.DEBUG, "Room connection refused: {0}", refusal.code().wire());
            throw refusal.reply();
        }
    }

    @Override
    public void onOpen(WsSession session) {
        this.session = session;
        this.thread = Thread.currentThread();
        this.lastSeen = registry.now();
        this.gate = new InboundGate(registry.settings(), registry.clock());
        this.outbox = new Outbox(session, registry.executor(), registry.settings().outboundQueueBytes(),
                why -> abort(why));
        try {
            admission.member().room.attach(this, admission.member(), admission.resumed(),
                    registry.meetingView(admission.member().room.meetingId));
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Could not open a room connection", e);
            // 1011 has no CloseCode: the protocol does not list it (docs/protocol.md, "Close codes").
            finish(WsCloseCodes.UNEXPECTED_CONDITION, "server error");
        }
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        throughGate(() -> {
            String message = gate.textFrame(text, last);
            if (message != null) {
                handle(message);
            }
        });
    }

    @Override
    public void onMessage(WsSession session, BufferData buffer, boolean last) {
        throughGate(() -> {
            gate.binaryFrame();
            if (last) {
                logBadInput("binary frame", "");
                send(new SignalMessage.Error(SignalErrorCode.BAD_MESSAGE, "Send JSON text messages only.", null));
            }
        });
    }

    /** One frame's handling, which may break a limit of the {@link InboundGate}. */
    private interface FrameStep {
        void run() throws InboundGate.Violation;
    }

    /**
     * Every frame is a sign of life. Unless the connection is finishing, {@code step} takes the frame through the
     * gate; a broken limit closes the socket with the limit's code.
     */
    private void throughGate(FrameStep step) {
        lastSeen = registry.now();
        if (finished) {
            return;
        }
        try {
            step.run();
        } catch (InboundGate.Violation v) {
            logBadInput(v.reason, "");
            finish(v.closeCode.code(), v.reason);
        }
    }

    @Override
    public void onPing(WsSession session, BufferData buffer) {
        throughGate(() -> {
            gate.controlFrame();
            pong(session, buffer);
        });
    }

    private void pong(WsSession session, BufferData buffer) {
        try {
            session.pong(buffer);
        } catch (RuntimeException e) {
            log.log(Level.DEBUG, "Pong not sent: {0}", e.getMessage());
        }
    }

    @Override
    public void onPong(WsSession session, BufferData buffer) {
        lastSeen = registry.now();
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        finished = true;
        boolean deliberate = status == CloseCode.NORMAL.code() || status == CloseCode.GOING_AWAY.code();
        member().room.connectionEnded(this, deliberate);
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        log.log(Level.WARNING, "Room connection failed: {0}", String.valueOf(t));
        finished = true;
        member().room.connectionEnded(this, false);
    }

    private void handle(String text) {
        SignalMessage message;
        switch (registry.codec().decode(text)) {
            case SignalCodec.Decoded.Parsed parsed -> message = parsed.message();
            case SignalCodec.Decoded.Rejected rejected -> {
                logBadInput(rejected.code().wire(), rejected.reason());
                send(new SignalMessage.Error(rejected.code(), rejected.reason(), null));
                return;
            }
        }
        try {
            dispatch(message);
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Room message " + SignalCodec.typeName(message) + " failed", e);
            send(new SignalMessage.Error(SignalErrorCode.INTERNAL, "The server could not handle this message.",
                    SignalCodec.typeName(message)));
        }
    }

    private void dispatch(SignalMessage message) {
        Room room = member().room;
        switch (message) {
            case Offer m when valid(m.to(), m.sdp(), MAX_SDP_CHARS) -> room.relay(this, m);
            case Answer m when valid(m.to(), m.sdp(), MAX_SDP_CHARS) -> room.relay(this, m);
            case Candidate m when valid(m.to(), m.candidate(), MAX_CANDIDATE_CHARS) -> room.relay(this, m);
            case MediaState m -> room.mediaState(this, m);
            case Leave m -> {
                finished = true;
                room.connectionEnded(this, true);
                closeAfter(CloseCode.NORMAL, "left");
            }
            case Expel m when m.participantId() != null -> room.expel(this, m);
            case Ping m -> send(new Pong(m.nonce(), registry.now()));
            case Offer _, Answer _, Candidate _ -> reject(SignalErrorCode.BAD_MESSAGE,
                    "A required field is missing, or the SDP (at most " + MAX_SDP_CHARS + " characters) or candidate"
                            + " (at most " + MAX_CANDIDATE_CHARS + ") is too long.", message);
            case Expel _ -> reject(SignalErrorCode.BAD_MESSAGE, "A required field is missing.", message);
            case Welcome _, SignalMessage.ParticipantJoined _, SignalMessage.ParticipantLeft _,
                    SignalMessage.ParticipantUpdated _, SignalMessage.Expelled _, SignalMessage.HostReconnecting _,
                    SignalMessage.HostReturned _, SignalMessage.MeetingEnded _, Pong _, SignalMessage.Error _ ->
                    reject(SignalErrorCode.BAD_MESSAGE, "Only the server sends this message.", message);
        }
    }

    private static boolean valid(String to, String payload, int maxChars) {
        return to != null && !to.isBlank() && payload != null && payload.length() <= maxChars;
    }

    private void reject(SignalErrorCode code, String text, SignalMessage message) {
        logBadInput(code.wire(), SignalCodec.typeName(message));
        send(new SignalMessage.Error(code, text, SignalCodec.typeName(message)));
    }

    /** Logs the first bad input of a connection; later ones are counted, so a hostile client cannot flood the log. */
    private void logBadInput(String what, String detail) {
        if (badInputs++ == 0) {
            log.log(Level.INFO, "Bad input on room {0} from participant {1}: {2} {3} (further ones not logged)",
                    member().room.meetingId, member().id, what, detail);
        }
    }

    private void finish(int code, String reason) {
        finished = true;
        member().room.connectionEnded(this, false);
        closeAfter(code, reason);
    }

    // ---- called by the room, from any thread ----

    void send(SignalMessage message) {
        sendJson(registry.codec().encode(message));
    }

    void sendJson(String json) {
        Outbox box = outbox;
        if (box != null) {
            box.offer(json);
        }
    }

    /** Queues a message relayed from {@code sender}; false when the sender has too much waiting for this one. */
    boolean relayFrom(String sender, SignalMessage message) {
        Outbox box = outbox;
        return box == null
                || box.offerRelay(sender, registry.codec().encode(message)) != Outbox.RelayResult.SENDER_OVER_SHARE;
    }

    void sendWelcome(Welcome welcome) {
        send(new Welcome(welcome.participantId(), admission.resumeToken(), welcome.roster(), welcome.iceServers(),
                welcome.meeting(), welcome.resumed(), welcome.serverTime()));
    }

    /** Another connection took this participant's place: Error(replaced), then close. */
    void replaced() {
        send(new SignalMessage.Error(SignalErrorCode.REPLACED,
                "You joined this meeting from somewhere else; this window is disconnected.", null));
        closeAfter(CloseCode.NORMAL, "replaced");
    }

    /** Queues a close frame after the messages already queued. */
    void closeAfter(CloseCode code, String reason) {
        closeAfter(code.code(), reason);
    }

    private void closeAfter(int code, String reason) {
        finished = true;
        Outbox box = outbox;
        if (box != null) {
            box.close(code, reason);
        }
        registry.closing(this);
    }

    /** Drops the connection at once (no close handshake): it is dead, silent, or reads too slowly. */
    void abort(String why) {
        log.log(Level.INFO, "Dropping participant {0} of room {1}: {2}", member().id, member().room.meetingId, why);
        finished = true;
        if (session instanceof ServerConnection connection) {
            connection.close(true);
        }
        member().room.connectionEnded(this, false);
    }

    /** Like {@link #abort}, unless the connection is already being closed on purpose. */
    void dropIfLive(String why) {
        if (!finished) {
            abort(why);
        }
    }

    boolean isDead() {
        Thread t = thread;
        return t != null && !t.isAlive();
    }

    Instant idleSince() {
        return lastSeen;
    }

    boolean outboxIdle() {
        Outbox box = outbox;
        return box == null || box.isIdle();
    }
}
