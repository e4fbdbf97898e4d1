package dev.coms.server.rooms;

import dev.coms.protocol.signal.SignalCodec;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.protocol.signal.SignalMessage.Answer;
import dev.coms.protocol.signal.SignalMessage.Candidate;
import dev.coms.protocol.signal.SignalMessage.Expel;
import dev.coms.protocol.signal.SignalMessage.Leave;
import dev.coms.protocol.signal.SignalMessage.MediaState;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.Ping;
import dev.coms.protocol.signal.SignalMessage.Pong;
import dev.coms.protocol.signal.SignalMessage.Welcome;
import io.helidon.common.buffers.BufferData;
import io.helidon.http.DirectHandler;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.RequestException;
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

    private static final System.Logger LOG = System.getLogger(RoomConnection.class.getName());

    private final RoomRegistry registry;
    private Doorkeeper.Admission admission;
    private InboundGate gate;
    private int badInputs;
    private volatile WsSession session;
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
            LOG.log(Level.ERROR, "Could not admit a room connection", e);
            throw refuse(RoomRefusal.unavailable());
        } catch (RoomRefusal refusal) {
            LOG.log(Level.DEBUG, "Room connection refused: {0}", refusal.code());
            throw refuse(refusal);
        }
    }

    private static RequestException refuse(RoomRefusal refusal) {
        return RequestException.builder()
                .type(DirectHandler.EventType.OTHER)
                .status(refusal.status())
                .message(refusal.code() + ": " + refusal.getMessage())
                .safeMessage(true)
                .setKeepAlive(false)
                .build();
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
            LOG.log(Level.ERROR, "Could not open a room connection", e);
            finish(WsCloseCodes.UNEXPECTED_CONDITION, "server error");
        }
    }

    @Override
    public void onMessage(WsSession session, String text, boolean last) {
        lastSeen = registry.now();
        if (finished) {
            return;
        }
        try {
            String message = gate.textFrame(text, last);
            if (message != null) {
                handle(message);
            }
        } catch (InboundGate.Violation v) {
            logBadInput(v.reason, "");
            finish(v.closeCode, v.reason);
        }
    }

    @Override
    public void onMessage(WsSession session, BufferData buffer, boolean last) {
        lastSeen = registry.now();
        if (finished) {
            return;
        }
        try {
            gate.binaryFrame();
            if (last) {
                logBadInput("binary frame", "");
                send(new SignalMessage.Error(SignalErrorCode.BAD_MESSAGE, "Send JSON text messages only.", null));
            }
        } catch (InboundGate.Violation v) {
            logBadInput(v.reason, "");
            finish(v.closeCode, v.reason);
        }
    }

    @Override
    public void onPing(WsSession session, BufferData buffer) {
        lastSeen = registry.now();
        try {
            session.pong(buffer);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Pong not sent: {0}", e.getMessage());
        }
    }

    @Override
    public void onPong(WsSession session, BufferData buffer) {
        lastSeen = registry.now();
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        finished = true;
        boolean deliberate = status == WsCloseCodes.NORMAL_CLOSE || status == WsCloseCodes.GOING_AWAY;
        member().room.connectionEnded(this, deliberate);
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        LOG.log(Level.WARNING, "Room connection failed: {0}", String.valueOf(t));
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
            LOG.log(Level.ERROR, "Room message " + SignalCodec.typeName(message) + " failed", e);
            send(new SignalMessage.Error(SignalErrorCode.INTERNAL, "The server could not handle this message.",
                    SignalCodec.typeName(message)));
        }
    }

    private void dispatch(SignalMessage message) {
        Room room = member().room;
        switch (message) {
            case Offer m when valid(m.to(), m.sdp()) -> room.relay(this, m);
            case Answer m when valid(m.to(), m.sdp()) -> room.relay(this, m);
            case Candidate m when valid(m.to(), m.candidate()) -> room.relay(this, m);
            case MediaState m -> room.mediaState(this, m);
            case Leave m -> {
                finished = true;
                room.connectionEnded(this, true);
                closeAfter(Room.CLOSE_NORMAL, "left");
            }
            case Expel m when m.participantId() != null -> room.expel(this, m);
            case Ping m -> send(new Pong(m.nonce(), registry.now()));
            case Offer _, Answer _, Candidate _, Expel _ -> reject(SignalErrorCode.BAD_MESSAGE,
                    "A required field is missing.", message);
            case Welcome _, SignalMessage.ParticipantJoined _, SignalMessage.ParticipantLeft _,
                    SignalMessage.ParticipantUpdated _, SignalMessage.Expelled _, SignalMessage.HostReconnecting _,
                    SignalMessage.HostReturned _, SignalMessage.MeetingEnded _, Pong _, SignalMessage.Error _ ->
                    reject(SignalErrorCode.BAD_MESSAGE, "Only the server sends this message.", message);
        }
    }

    private static boolean valid(String to, String payload) {
        return to != null && !to.isBlank() && payload != null;
    }

    private void reject(SignalErrorCode code, String text, SignalMessage message) {
        logBadInput(code.wire(), SignalCodec.typeName(message));
        send(new SignalMessage.Error(code, text, SignalCodec.typeName(message)));
    }

    /** Logs the first bad input of a connection; later ones are counted, so a hostile client cannot flood the log. */
    private void logBadInput(String what, String detail) {
        if (badInputs++ == 0) {
            LOG.log(Level.INFO, "Bad input on room {0} from participant {1}: {2} {3} (further ones not logged)",
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

    void sendWelcome(Welcome welcome) {
        send(new Welcome(welcome.participantId(), admission.resumeToken(), welcome.roster(), welcome.iceServers(),
                welcome.meeting(), welcome.resumed(), welcome.serverTime()));
    }

    /** Another connection took this participant's place: Error(replaced), then close. */
    void replaced() {
        send(new SignalMessage.Error(SignalErrorCode.REPLACED,
                "You joined this meeting from somewhere else; this window is disconnected.", null));
        closeAfter(Room.CLOSE_NORMAL, "replaced");
    }

    /** Queues a close frame after the messages already queued. */
    void closeAfter(int code, String reason) {
        finished = true;
        Outbox box = outbox;
        if (box != null) {
            box.close(code, reason);
        }
        registry.closing(this);
    }

    /** Drops the connection at once (no close handshake): it is dead, silent, or reads too slowly. */
    void abort(String why) {
        LOG.log(Level.INFO, "Dropping participant {0} of room {1}: {2}", member().id, member().room.meetingId, why);
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
