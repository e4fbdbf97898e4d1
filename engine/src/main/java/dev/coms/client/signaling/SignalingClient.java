package dev.coms.client.signaling;

import dev.coms.client.concurrent.Daemons;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalCodec;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room's WebSocket (see {@link RoomAddress}) over okhttp. Joins with a one-time ticket; when the
 * connection drops it reconnects with backoff and resumes with the resume token from the last {@code Welcome}, so
 * peer connections (which never pass through the server) keep running meanwhile. Sends a {@code Ping} every
 * {@link Settings#pingInterval()} and treats a connection silent for {@link Settings#silenceTimeout()} as dropped.
 *
 * <p>Threading: every listener callback runs on this client's single "coms-signaling" thread, in arrival order.
 * {@link #send} and {@link #close} may be called from any thread.
 */
public final class SignalingClient implements SignalingTransport {

    private static final Logger log = LoggerFactory.getLogger(SignalingClient.class);

    /** Timing of the connection; {@link #defaults()} matches the server's 40 s silence limit. */
    public record Settings(
            Duration pingInterval,
            Duration silenceTimeout,
            Duration backoffInitial,
            Duration backoffMax,
            Duration giveUpAfter) {
        public static Settings defaults() {
            return new Settings(
                    Duration.ofSeconds(15),
                    Duration.ofSeconds(35),
                    Duration.ofMillis(500),
                    Duration.ofSeconds(8),
                    Duration.ofMinutes(2));
        }
    }

    private final OkHttpClient http;
    private static final int MAX_REFUSAL_BODY = 1024;

    private final URI room;
    private final String ticket;
    private final Settings settings;
    private final SignalCodec codec = new SignalCodec();
    private final Backoff backoff;
    private final ScheduledExecutorService events =
            Executors.newSingleThreadScheduledExecutor(Daemons.named("coms-signaling"));

    // Confined to the events thread, except `socket`/`connected`, which send() reads.
    private SignalingListener listener;
    private volatile WebSocket socket;
    private volatile boolean connected;
    private int generation;
    private String resumeToken;
    /** The token to send as the first message of the connection being opened, or null for a first join. */
    private String resuming;

    private boolean closed;
    private boolean terminal;
    private long lastHeardNanos;
    private long droppedAtNanos;
    private long pingNonce;

    /**
     * @param room the room's address without credentials, from {@link RoomAddress#room}
     * @param ticket the one-time join ticket
     */
    public SignalingClient(OkHttpClient http, URI room, String ticket, Settings settings) {
        this.http = http;
        this.room = room;
        this.ticket = ticket;
        this.settings = settings;
        this.backoff = new Backoff(
                settings.backoffInitial(),
                settings.backoffMax(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public void start(SignalingListener eventListener) {
        events.execute(() -> {
            listener = eventListener;
            state(ConnectionState.CONNECTING);
            open(RoomAddress.withTicket(room, ticket));
        });
        long ping = settings.pingInterval().toMillis();
        events.scheduleWithFixedDelay(this::keepAlive, ping, ping, TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean send(SignalMessage message) {
        WebSocket ws = socket;
        return ws != null && connected && ws.send(codec.encode(message));
    }

    @Override
    public void close() {
        // post: after the server closed the room for good (expelled, meeting ended) the events thread is already
        // gone, and closing again is then a no-op rather than an exception in the caller's teardown.
        post(() -> {
            closed = true;
            WebSocket ws = socket;
            if (ws != null) {
                ws.close(1000, "bye");
            }
            state(ConnectionState.CLOSED);
            events.shutdown();
        });
    }

    private void open(URI address) {
        int gen = ++generation;
        lastHeardNanos = System.nanoTime();
        Request request = new Request.Builder().url(address.toString()).build();
        socket = http.newWebSocket(request, new Handler(gen));
    }

    private void keepAlive() {
        if (!connected) {
            return;
        }
        if (System.nanoTime() - lastHeardNanos > settings.silenceTimeout().toNanos()) {
            log.info("Signaling connection silent for {}; reconnecting", settings.silenceTimeout());
            socket.cancel();
            return;
        }
        send(new SignalMessage.Ping(++pingNonce));
    }

    private void received(int gen, String text) {
        if (gen != generation || closed) {
            return;
        }
        lastHeardNanos = System.nanoTime();
        switch (codec.decode(text)) {
            case SignalCodec.Decoded.Rejected rejected -> log.warn("Ignored a signaling frame: {}", rejected.reason());
            case SignalCodec.Decoded.Parsed parsed -> deliver(parsed.message());
        }
    }

    private void deliver(SignalMessage message) {
        switch (message) {
            case SignalMessage.Welcome welcome -> {
                resumeToken = welcome.resumeToken();
                backoff.reset();
            }
            case SignalMessage.MeetingEnded ended -> terminal = true;
            case SignalMessage.Expelled expelled -> terminal = true;
            case SignalMessage.Refused refusedAtTheDoor -> terminal = true;
            case SignalMessage.Error error when error.code() == SignalErrorCode.REPLACED -> terminal = true;
            default -> {}
        }
        try {
            listener.onMessage(message);
        } catch (RuntimeException e) {
            log.error("Signaling listener failed on {}", message.getClass().getSimpleName(), e);
        }
    }

    private void dropped(int gen, int code, String why) {
        if (gen != generation) {
            return;
        }
        connected = false;
        socket = null;
        boolean permanent = code == 1000 || code == 1008 || (code >= 4000 && code < 5000);
        if (closed || terminal || resumeToken == null || permanent) {
            log.info("Signaling connection closed ({} {})", code, why);
            finish();
            return;
        }
        if (droppedAtNanos == 0) {
            droppedAtNanos = System.nanoTime();
        } else if (System.nanoTime() - droppedAtNanos > settings.giveUpAfter().toNanos()) {
            log.warn("Giving up resuming the signaling connection after {}", settings.giveUpAfter());
            finish();
            return;
        }
        Duration delay = backoff.next();
        log.info("Signaling connection dropped ({} {}); resuming in {} ms", code, why, delay.toMillis());
        state(ConnectionState.RECONNECTING);
        events.schedule(
                () -> {
                    if (!closed && !terminal) {
                        resuming = resumeToken; // sent in the first message: a token never travels in a URL
                        open(room);
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The server refused the upgrade (4xx): nothing to retry, the user is told why. */
    private void refused(int gen, RefusalCode.Refusal refusal) {
        if (gen != generation || closed) {
            return;
        }
        connected = false;
        socket = null;
        log.info("The room refused this client: {} {} ({})", refusal.status(), refusal.code(), refusal.message());
        if (listener != null) {
            listener.onRefused(refusal.code());
        }
        finish();
    }

    /**
     * The refusal in a failed upgrade's reply, or null when it is none (no reply, or not a 4xx status). A reply that
     * is not the server's {@code code: message} (a proxy's page) is read by its status where only one code has it.
     */
    static RefusalCode.Refusal refusalOf(Response response) {
        if (response == null || response.code() < 400 || response.code() >= 500) {
            return null;
        }
        String body;
        try {
            body = response.peekBody(MAX_REFUSAL_BODY).string();
        } catch (IOException | IllegalStateException e) {
            body = "";
        }
        RefusalCode.Refusal refusal = RefusalCode.parse(response.code(), body);
        if (refusal.code() != RefusalCode.UNKNOWN) {
            return refusal;
        }
        List<RefusalCode> byStatus = Arrays.stream(RefusalCode.values())
                .filter(c -> c.status() == response.code())
                .toList();
        return byStatus.size() == 1 ? new RefusalCode.Refusal(byStatus.getFirst(), response.code(), null) : refusal;
    }

    /** Closed for good without {@link #close()}: tell the listener once and let the thread end. */
    private void finish() {
        if (!closed) {
            closed = true;
            state(ConnectionState.CLOSED);
        }
        events.shutdown();
    }

    private void state(ConnectionState state) {
        if (listener != null) {
            listener.onConnectionState(state);
        }
    }

    private void post(Runnable task) {
        try {
            events.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed: late okhttp callbacks are dropped
        }
    }

    /** okhttp callbacks (on okhttp's threads) re-posted to the events thread, tagged with their connection. */
    private final class Handler extends WebSocketListener {
        private final int gen;

        Handler(int gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            post(() -> {
                if (gen == generation && !closed) {
                    if (resuming != null) {
                        webSocket.send(codec.encode(new SignalMessage.Resume(resuming)));
                        resuming = null;
                    }
                    connected = true;
                    droppedAtNanos = 0;
                    state(ConnectionState.CONNECTED);
                }
            });
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            post(() -> received(gen, text));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            post(() -> dropped(gen, code, reason));
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            RefusalCode.Refusal refusal = refusalOf(response); // read here: okhttp closes the body afterwards
            if (refusal != null) {
                post(() -> refused(gen, refusal));
                return;
            }
            int code = response == null ? 1006 : response.code() >= 400 && response.code() < 500 ? 4000 : 1006;
            post(() -> dropped(gen, code, String.valueOf(t.getMessage())));
        }
    }
}
