package dev.coms.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.signal.SignalMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) for room tests: records every message and how the socket closed. */
public final class RoomClient implements WebSocket.Listener {

    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    /** How the server closed the socket; code 1006 when the connection broke without a close frame. */
    public record Closed(int code, String reason) {}

    private final LinkedBlockingQueue<SignalMessage> inbox = new LinkedBlockingQueue<>();
    private final List<SignalMessage> all = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    /** Opens a room socket; the future fails with the HTTP status when the server refuses the upgrade. */
    public static RoomClient connect(HttpClient http, URI uri) {
        RoomClient client = new RoomClient();
        client.socket = http.newWebSocketBuilder()
                .connectTimeout(WAIT)
                .buildAsync(uri, client)
                .join();
        return client;
    }

    /** The HTTP status with which the server refused the upgrade, or fails the test if it was accepted. */
    public static int refusalStatus(HttpClient http, URI uri) {
        try {
            RoomClient client = connect(http, uri);
            client.socket.abort();
            return fail("The upgrade to " + uri + " was accepted");
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            throw e;
        }
    }

    public void send(SignalMessage message) {
        sendText(write(message));
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    public void sendFragment(String text, boolean last) {
        socket.sendText(text, last).join();
    }

    public void sendBinary(java.nio.ByteBuffer data) {
        socket.sendBinary(data, true).join();
    }

    /** Sends a WebSocket-level ping frame (not the JSON Ping message). */
    public void sendPingFrame() {
        socket.sendPing(java.nio.ByteBuffer.wrap(new byte[] {1})).join();
    }

    /** Closes with a close frame and the given code (1000 = a deliberate, normal close). */
    public void closeNormally() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    /** Breaks the TCP connection without a close frame, like a network failure. */
    public void abort() {
        socket.abort();
    }

    /** The next message of {@code type}, skipping others; fails after {@link #WAIT}. */
    public <T extends SignalMessage> T await(Class<T> type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                SignalMessage next = inbox.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (next == null) {
                    return fail("No " + type.getSimpleName() + " within " + WAIT + "; received " + summary());
                }
                if (type.isInstance(next)) {
                    return type.cast(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a Ping and waits for its Pong: everything the server sent before is then in {@link #received()}. */
    public void roundTrip() {
        long nonce = System.nanoTime();
        send(new SignalMessage.Ping(nonce));
        while (true) {
            if (await(SignalMessage.Pong.class).nonce() == nonce) {
                return;
            }
        }
    }

    private String summary() {
        String text = all.toString();
        return text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text;
    }

    public List<SignalMessage> received() {
        return List.copyOf(all);
    }

    public Closed awaitClose() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return fail("The server did not close the socket within " + WAIT + "; received " + summary());
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    public void assertNoneOf(Class<? extends SignalMessage> type) {
        assertThat(all).noneMatch(type::isInstance);
    }

    public static String write(SignalMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                SignalMessage message = JSON.readValue(partial.toString(), SignalMessage.class);
                all.add(message);
                inbox.add(message);
            } catch (Exception e) {
                closed.completeExceptionally(new AssertionError("Server sent unreadable JSON: " + partial));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Closed(1006, String.valueOf(error)));
    }
}
