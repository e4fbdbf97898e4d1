package dev.coms.client.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.rooms.RoomSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real Coms server in this JVM on a free loopback port, with a clock the test can shift, and the REST calls a
 * host makes. One per test class.
 */
final class ComsRig implements AutoCloseable {

    static final ObjectMapper JSON = ProtocolJson.newMapper();

    final ShiftedClock clock = new ShiftedClock();
    final ComsServer coms;
    final WebServer server;
    final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    ComsRig() {
        this(RoomSettings.defaults());
    }

    ComsRig(RoomSettings rooms) {
        try {
            var db = new DbSettings(
                    DbSettings.h2FileUrl(Files.createTempDirectory("coms-web").resolve("db")), "", "", 4);
            coms = ComsServer.create(new ServerSettings(URI.create("http://127.0.0.1"), db), rooms, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebServerConfig.Builder builder = WebServer.builder().port(0).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    /** A fresh host account; returns its bearer token. */
    String newHost(String name) {
        return post(
                        "/api/accounts",
                        new RegisterRequest("host-" + System.nanoTime() + "@example.org", name, "correct horse 1"),
                        null,
                        SessionView.class)
                .token();
    }

    HostMeetingView openNow(String token, String topic) {
        return post(
                "/api/meetings/open-now",
                new StartOpenMeetingRequest(topic, null, "UTC"),
                token,
                HostMeetingView.class);
    }

    JoinTicket ticket(String meetingId, Object request, String token) {
        return post("/api/meetings/" + meetingId + "/join", request, token, JoinTicket.class);
    }

    String joinPage(String meetingId) {
        return base + "/m/" + meetingId + "/join";
    }

    <T> T post(String path, Object body, String token, Class<T> type) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
            return JSON.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        coms.close();
        http.close();
    }

    /** The system clock moved by an offset the test sets: time still runs, so a countdown can reach its end. */
    static final class ShiftedClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        /** Makes the server's "now" equal {@code instant} (and keep running from there). */
        void setNow(Instant instant) {
            offset.set(Duration.between(Instant.now(), instant));
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
