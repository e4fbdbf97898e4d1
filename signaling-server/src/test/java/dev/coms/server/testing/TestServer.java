package dev.coms.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.server.ComsServer;
import dev.coms.server.accounts.AccountsSettings;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.meetings.MeetingsSettings;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A real Coms server on a free port (real database, real HTTP) with a clock and live rooms the test controls, and a
 * small JSON client for it.
 */
public final class TestServer implements AutoCloseable {

    public static final Instant START = Instant.parse("2030-01-01T10:00:00Z");
    public static final URI PUBLIC_URL = URI.create("https://coms.example.org");

    public final MutableClock clock = new MutableClock(START);
    public final TestRoomPresence presence = new TestRoomPresence();
    public final ObjectMapper json = ProtocolJson.newMapper();
    public final ComsServer coms;
    private final WebServer server;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public TestServer() {
        this(TestDatabases.h2(), InvitesSettings.defaults());
    }

    /** A server sending invitations as {@code invites} says (e.g. to a test SMTP server). */
    public TestServer(InvitesSettings invites) {
        this(TestDatabases.h2(), invites);
    }

    public TestServer(DbSettings db, InvitesSettings invites) {
        this(db, invites, false);
    }

    /** A server whose meetings see the real live rooms (WebSocket) instead of {@link #presence}. */
    public static TestServer withRealRooms() {
        return withRealRooms(RoomSettings.defaults());
    }

    /** Real live rooms with {@code rooms}' limits. */
    public static TestServer withRealRooms(RoomSettings rooms) {
        return new TestServer(TestDatabases.h2(), InvitesSettings.defaults(), rooms);
    }

    private TestServer(DbSettings db, InvitesSettings invites, boolean realRooms) {
        this(db, invites, realRooms ? RoomSettings.defaults() : null);
    }

    /** {@code rooms} null: the meetings see {@link #presence} instead of real rooms. */
    private TestServer(DbSettings db, InvitesSettings invites, RoomSettings rooms) {
        try {
            MeetingsSettings meetings = MeetingsSettings.defaults()
                    .withSecretKeyFile(Files.createTempDirectory("coms-key-").resolve("server.key"));
            ServerSettings settings = new ServerSettings(PUBLIC_URL, db,
                    AccountsSettings.defaults().withPasswordIterations(10_000), meetings, invites);
            coms = rooms != null
                    ? ComsServer.create(settings, rooms, clock)
                    : ComsServer.create(settings, clock, presence);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebServerConfig.Builder builder = WebServer.builder().port(0).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    /** The room WebSocket URI for a ticket's signaling URL. */
    public URI wsUri(String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** The port the server listens on (loopback). */
    public int port() {
        return server.port();
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    /** A reply: status and body. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode tree(ObjectMapper json) {
            try {
                return json.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply post(String path, Object body, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Reply postRaw(String path, String body, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Parses a reply body as {@code type}. */
    public <T> T read(Reply reply, Class<T> type) {
        try {
            return json.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new AssertionError("Reply " + reply.status() + " is not a " + type.getSimpleName() + ": "
                    + reply.body(), e);
        }
    }

    /** Registers a new host with a unique email and returns the session. */
    public SessionView newHost(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
        Reply reply = post("/api/accounts", new RegisterRequest(email, name, "correct horse battery"), null);
        if (reply.status() != 201) {
            throw new AssertionError("register: " + reply.status() + " " + reply.body());
        }
        return read(reply, SessionView.class);
    }

    /** A schedule request for {@code at} given in UTC. */
    public static ScheduleMeetingRequest scheduleAt(MeetingMode mode, String title, Instant at) {
        var utc = at.atZone(ZoneOffset.UTC);
        return new ScheduleMeetingRequest(mode, title, "Topic of " + title,
                utc.format(DateTimeFormatter.ISO_LOCAL_DATE), utc.format(DateTimeFormatter.ofPattern("HH:mm")), "UTC");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> res = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(res.statusCode(), res.body(), res);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String asJson(Object body) {
        try {
            return body instanceof String s ? s : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        coms.close();
        http.close();
    }
}
