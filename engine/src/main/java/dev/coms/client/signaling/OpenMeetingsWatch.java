package dev.coms.client.signaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription to {@code WS /ws/open-meetings}. Callbacks run on okhttp's WebSocket thread; a malformed message
 * is logged and skipped. {@code onLost} runs at most once, and never after {@link #close()}.
 */
final class OpenMeetingsWatch extends WebSocketListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenMeetingsWatch.class);

    private final OkHttpClient http;
    private final ObjectMapper json;
    private final String url;
    private final Consumer<OpenMeetingsUpdate> onUpdate;
    private final Runnable onLost;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile WebSocket socket;

    OpenMeetingsWatch(
            OkHttpClient http, ObjectMapper json, String url, Consumer<OpenMeetingsUpdate> onUpdate, Runnable onLost) {
        this.http = http;
        this.json = json;
        this.url = url;
        this.onUpdate = onUpdate;
        this.onLost = onLost;
    }

    OpenMeetingsWatch start() {
        socket = http.newWebSocket(new Request.Builder().url(url).build(), this);
        return this;
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        try {
            onUpdate.accept(json.readValue(text, OpenMeetingsUpdate.class));
        } catch (Exception e) {
            log.warn("Skipping an open-meetings message that could not be read: {}", e.toString());
        }
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        lost();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        log.info("Open-meetings feed lost: {}", t.toString());
        lost();
    }

    private void lost() {
        if (finished.compareAndSet(false, true)) {
            onLost.run();
        }
    }

    @Override
    public void close() {
        finished.set(true);
        WebSocket ws = socket;
        if (ws != null) {
            ws.close(1000, "bye");
        }
    }
}
