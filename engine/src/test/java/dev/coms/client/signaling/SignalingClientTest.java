package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.testing.Await;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket client against real endpoints. Reconnect-and-resume needs the server's live rooms and is tested
 * there; here: a join that cannot succeed ends cleanly, with no retry loop and nothing thrown at the caller.
 */
class SignalingClientTest {

    private final OkHttpClient http = new OkHttpClient();

    @Test
    void unreachableServerEndsInClosedWithoutRetrying() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // free, and nobody listens once closed
        }
        Events events = connect(URI.create("http://127.0.0.1:" + port));
        Await.until(
                "closed",
                Duration.ofSeconds(10),
                () -> events.states.contains(SignalingTransport.ConnectionState.CLOSED));
        assertThat(events.states)
                .containsExactly(
                        SignalingTransport.ConnectionState.CONNECTING, SignalingTransport.ConnectionState.CLOSED);
        assertThat(events.messages).isEmpty();
    }

    @Test
    void aRoomTheServerRefusesEndsInClosed() throws Exception {
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 2);
        try (ComsServer coms =
                ComsServer.create(new ServerSettings(URI.create("http://localhost"), db), Clock.systemUTC())) {
            WebServerConfig.Builder builder = WebServer.builder().port(0).host("127.0.0.1");
            coms.setup(builder);
            WebServer server = builder.build().start();
            try {
                Events events = connect(URI.create("http://127.0.0.1:" + server.port()));
                Await.until(
                        "closed",
                        Duration.ofSeconds(10),
                        () -> events.states.contains(SignalingTransport.ConnectionState.CLOSED));
                assertThat(events.states).doesNotContain(SignalingTransport.ConnectionState.RECONNECTING);
            } finally {
                server.stop();
            }
        }
    }

    private Events connect(URI server) {
        Events events = new Events();
        SignalingClient client = new SignalingClient(
                http,
                RoomAddress.room(server, "no-such-meeting", null),
                "bogus-ticket",
                SignalingClient.Settings.defaults());
        client.start(events);
        assertThat(client.send(new SignalMessage.Ping(1))).isFalse(); // not connected: refused, not thrown
        return events;
    }

    private static final class Events implements SignalingListener {
        final List<SignalingTransport.ConnectionState> states = new CopyOnWriteArrayList<>();
        final List<SignalMessage> messages = new CopyOnWriteArrayList<>();

        @Override
        public void onMessage(SignalMessage message) {
            messages.add(message);
        }

        @Override
        public void onConnectionState(SignalingTransport.ConnectionState state) {
            states.add(state);
        }
    }
}
