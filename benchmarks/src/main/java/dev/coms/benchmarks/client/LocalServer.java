package dev.coms.benchmarks.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The real signaling server in this process (H2 in a temporary directory, a free loopback port) and the REST calls a
 * client makes around a call: register, start an open meeting now, ask for a join ticket. Not thread-safe.
 */
final class LocalServer implements AutoCloseable {

    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private final ComsServer coms;
    private final WebServer server;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalServer(ComsServer coms, WebServer server) {
        this.coms = coms;
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    static LocalServer start() throws IOException {
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms-bench-").resolve("db")), "", "", 4);
        ComsServer coms = ComsServer.create(new ServerSettings(URI.create("http://localhost"), db), Clock.systemUTC());
        WebServerConfig.Builder builder =
                WebServer.builder().port(0).host("127.0.0.1").shutdownHook(false);
        coms.setup(builder);
        return new LocalServer(coms, builder.build().start());
    }

    URI base() {
        return base;
    }

    /** Registers a new account and returns its bearer token. */
    String register(String displayName) throws IOException, InterruptedException {
        var request = new RegisterRequest("host-" + System.nanoTime() + "@example.org", displayName, "correct horse 1");
        return post("/api/accounts", request, null, SessionView.class).token();
    }

    /** Starts an open meeting now, hosted by {@code hostToken}; returns its id. */
    String startMeeting(String hostToken, String topic) throws IOException, InterruptedException {
        return post(
                        "/api/meetings/open-now",
                        new StartOpenMeetingRequest(topic, null, "UTC"),
                        hostToken,
                        HostMeetingView.class)
                .meeting()
                .id();
    }

    /** The join ticket the client asks for when Join is pressed. */
    String joinTicket(String meetingId, JoinRequest request, String token) throws IOException, InterruptedException {
        return post("/api/meetings/" + meetingId + "/join", request, token, JoinTicket.class)
                .ticket();
    }

    private <T> T post(String path, Object body, String token, Class<T> type) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readValue(response.body(), type);
    }

    @Override
    public void close() {
        http.close();
        server.stop();
        coms.close();
    }
}
