package dev.coms.server.rooms;

import dev.coms.protocol.signal.CloseCode;
import dev.coms.protocol.signal.SignalCodec;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.protocol.signal.SignalMessage.Welcome;
import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.time.Duration;
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
    private volatile Doorkeeper.Admission admission;
    private InboundGate gate;
    private int badInputs;
    private volatile WsSession session;
    private volatile Outbox outbox;
    private volatile Thread thread;
    private volatile Instant lastSeen;
    private volatile boolean finished;
    private final SignsOfLife signs = new SignsOfLife();
    private final Dispatcher dispatcher = new Dispatcher(this);

    RoomConnection(RoomRegistry registry) {
        this.registry = registry;
    }

    /** This connection's seat; null only before the Resume of a connection opened without a query. */
    Member member() {
        return admission.member();
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) {
        try {
            admission = registry.admit(prologue.uriPath().path(), prologue.query());
            return Optional.empty();
        } catch (GuardedRules.Unavailable e) {
            log.log(Level.WARNING, "Room connection refused, the database did not answer: {0}", e.getMessage());
            throw RoomRefusal.unavailable().reply();
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
        this.outbox =
                new Outbox(session, registry.executor(), registry.settings().outboundQueueBytes(), why -> abort(why));
        if (admission.member() == null) {
            registry.awaitingResume(this, true);
            return;
        }
        attach();
    }

    private void attach() {
        try {
            admission.member().room.attach(this, admission.member(), admission.resumed());
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Could not open a room connection", e);
            // 1011 has no CloseCode: the protocol does not list it (docs/protocol.md, "Close codes").
            finish(WsCloseCodes.UNEXPECTED_CONDITION, "server error");
        }
    }

    /** The first message of a connection opened without a query must be Resume: it takes over the seat. */
    private void firstMessage(SignalMessage message) {
        registry.awaitingResume(this, false);
        try {
            if (!(message instanceof SignalMessage.Resume resume)) {
                throw RoomRefusal.badResume();
            }
            admission = registry.resume(admission.meetingId(), resume.token());
        } catch (RoomRefusal refusal) {
            refuse(refusal.message());
            return;
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Could not resume a room connection", e);
            refuse(RoomRefusal.unavailable().message());
            return;
        }
        attach();
    }

    /** The participant leaves on purpose (Leave): the room is told, the socket closes. */
    void leave() {
        finished = true;
        member().room.connectionEnded(this, true);
        closeAfter(CloseCode.NORMAL, "left");
    }

    RoomRegistry registry() {
        return registry;
    }

    private void refuse(SignalMessage.Refused refused) {
        log.log(
                Level.DEBUG,
                "Room connection refused after the upgrade: {0}",
                refused.code().wire());
        finished = true;
        send(refused);
        closeAfter(CloseCode.NORMAL, "refused");
    }

    /** A connection opened without a query sent no Resume in time. */
    void abortUnresumed() {
        if (!finished) {
            refuse(RoomRefusal.badResume().message());
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
        sawFrame();
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
        sawFrame();
    }

    private void sawFrame() {
        lastSeen = registry.now();
        signs.saw();
    }

    /**
     * True when this connection proves it is alive: it answers a WebSocket ping (or sends anything) within
     * {@code wait}. Called on another connection's thread (a resume of this seat).
     */
    boolean answersProbe(Duration wait) {
        WsSession s = session;
        return !finished && s != null && signs.answersPing(s, wait, () -> finished);
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        finished = true;
        registry.awaitingResume(this, false);
        if (member() != null) {
            boolean deliberate = status == CloseCode.NORMAL.code() || status == CloseCode.GOING_AWAY.code();
            member().room.connectionEnded(this, deliberate);
        }
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        log.log(Level.WARNING, "Room connection failed: {0}", String.valueOf(t));
        finished = true;
        registry.awaitingResume(this, false);
        if (member() != null) {
            member().room.connectionEnded(this, false);
        }
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
        if (member() == null) {
            firstMessage(message);
            return;
        }
        try {
            dispatcher.dispatch(message);
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Room message " + SignalCodec.typeName(message) + " failed", e);
            send(new SignalMessage.Error(
                    SignalErrorCode.INTERNAL,
                    "The server could not handle this message.",
                    SignalCodec.typeName(message)));
        }
    }

    /** Logs the first bad input of a connection; later ones are counted, so a hostile client cannot flood the log. */
    void logBadInput(String what, String detail) {
        if (badInputs++ == 0) {
            log.log(
                    Level.INFO,
                    "Bad input on room {0} from participant {1}: {2} {3} (further ones not logged)",
                    admission.meetingId(),
                    member() == null ? "-" : member().id,
                    what,
                    detail);
        }
    }

    private void finish(int code, String reason) {
        finished = true;
        if (member() != null) {
            member().room.connectionEnded(this, false);
        }
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
        send(new Welcome(
                welcome.participantId(),
                admission.resumeToken(),
                welcome.roster(),
                welcome.iceServers(),
                welcome.meeting(),
                welcome.resumed(),
                welcome.serverTime()));
    }

    /** Another connection took this participant's place: Error(replaced), then close. */
    void replaced() {
        send(new SignalMessage.Error(
                SignalErrorCode.REPLACED,
                "You joined this meeting from somewhere else; this window is disconnected.",
                null));
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
        log.log(
                Level.INFO,
                "Dropping participant {0} of room {1}: {2}",
                member() == null ? "-" : member().id,
                admission.meetingId(),
                why);
        finished = true;
        if (session instanceof ServerConnection connection) {
            connection.close(true);
        }
        if (member() != null) {
            member().room.connectionEnded(this, false);
        }
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
