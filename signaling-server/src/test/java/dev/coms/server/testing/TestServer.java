package dev.coms.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.protocol.testing.MutableClock;
import dev.coms.server.ComsServer;
import dev.coms.server.accounts.AccountsSettings;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.meetings.MeetingsSettings;
import dev.coms.server.rooms.RoomSettings;
import dev.coms.server.store.DbSettings;
import dev.coms.server.tickets.Grant;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real Coms server on a free port (real database, real HTTP, real live rooms) with a clock the test controls, a
 * small JSON client for it, and real participants for its rooms ({@link #enter}).
 */
public final class TestServer implements AutoCloseable {

    public static final Instant START = Instant.parse("2030-01-01T10:00:00Z");
    public static final URI PUBLIC_URL = URI.create("https://coms.example.org");

    public final MutableClock clock = new MutableClock(START);
    public final ObjectMapper json = ProtocolJson.newMapper();
    public final ComsServer coms;
    private final WebServer server;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, HttpClient> others = new ConcurrentHashMap<>();

    public TestServer() {
        this(TestDatabases.h2(), InvitesSettings.defaults());
    }

    /** A server sending invitations as {@code invites} says (e.g. to a test SMTP server). */
    public TestServer(InvitesSettings invites) {
        this(TestDatabases.h2(), invites);
    }

    public TestServer(DbSettings db, InvitesSettings invites) {
        this(db, invites, idleRooms());
    }

    /** A server whose live rooms have the product's limits. */
    public static TestServer withRealRooms() {
        return withRealRooms(RoomSettings.defaults());
    }

    /** Live rooms with {@code rooms}' limits. */
    public static TestServer withRealRooms(RoomSettings rooms) {
        return new TestServer(TestDatabases.h2(), InvitesSettings.defaults(), rooms);
    }

    /**
     * The product's room limits, but no one is dropped for being silent: the participants of {@link #enter} send
     * nothing while the tests move the clock by hours.
     */
    private static RoomSettings idleRooms() {
        RoomSettings d = RoomSettings.defaults();
        return new RoomSettings(
                d.grace(),
                d.capacity(),
                d.maxMessageBytes(),
                d.ratePerSecond(),
                d.rateBurst(),
                Duration.ofDays(100 * 365),
                d.outboundQueueBytes(),
                d.sweepInterval(),
                d.ice());
    }

    private TestServer(DbSettings db, InvitesSettings invites, RoomSettings rooms) {
        this(db, AccountsSettings.defaults().withPasswordIterations(10_000), invites, rooms);
    }

    /** A server with these account settings (sign-in limits, hashing pool). */
    public static TestServer withAccounts(AccountsSettings accounts) {
        return new TestServer(TestDatabases.h2(), accounts, InvitesSettings.defaults(), idleRooms());
    }

    private TestServer(DbSettings db, AccountsSettings accounts, InvitesSettings invites, RoomSettings rooms) {
        try {
            MeetingsSettings meetings = MeetingsSettings.defaults()
                    .withSecretKeyFile(Files.createTempDirectory("coms-key-").resolve("server.key"));
            ServerSettings settings = new ServerSettings(PUBLIC_URL, db, accounts, meetings, invites);
            coms = ComsServer.create(settings, rooms, clock);
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

    /**
     * A POST sent from another loopback address (e.g. {@code 127.0.0.2}): per-address limits see another caller.
     */
    public Reply postFrom(String address, String path, Object body, String token) {
        HttpClient client = others.computeIfAbsent(address, a -> {
            try {
                return HttpClient.newBuilder()
                        .localAddress(InetAddress.getByName(a))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return send(client, request(path, token).POST(HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    public Reply postRaw(String path, String body, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, Object body, String token) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(asJson(body))));
    }

    /** The room WebSocket of a ticket the server issued: connected, Welcome not awaited. */
    public RoomClient connect(JoinTicket ticket) {
        return RoomClient.connect(http, wsUri(ticket.signalingUrl() + "?ticket=" + ticket.ticket()));
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Parses a reply body as {@code type}. */
    public <T> T read(Reply reply, Class<T> type) {
        try {
            return json.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new AssertionError(
                    "Reply " + reply.status() + " is not a " + type.getSimpleName() + ": " + reply.body(), e);
        }
    }

    /**
     * Puts {@code people} guests into the meeting's live room, each on its own WebSocket with a ticket from the
     * server's registry; returns once every one has its Welcome.
     */
    public List<RoomClient> enter(String meetingId, int people) {
        List<RoomClient> entered = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String name = "Guest " + (i + 1);
            Grant grant = new Grant(meetingId, "guest:" + UUID.randomUUID(), null, name, false, "127.0.0.1");
            String ticket = coms.tickets().issue(grant).ticket();
            RoomClient client = RoomClient.connect(http, wsUri("/ws/rooms/" + meetingId + "?ticket=" + ticket));
            client.await(SignalMessage.Welcome.class);
            entered.add(client);
        }
        return entered;
    }

    /** The HTTP status with which the meeting's room refuses a guest with a fresh ticket. */
    public int refusalToEnter(String meetingId) {
        Grant grant = new Grant(meetingId, "guest:" + UUID.randomUUID(), null, "Late Guest", false, "127.0.0.1");
        String ticket = coms.tickets().issue(grant).ticket();
        return RoomClient.refusalStatus(http, wsUri("/ws/rooms/" + meetingId + "?ticket=" + ticket));
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
        return new ScheduleMeetingRequest(
                mode,
                title,
                "Topic of " + title,
                utc.format(DateTimeFormatter.ISO_LOCAL_DATE),
                utc.format(DateTimeFormatter.ofPattern("HH:mm")),
                "UTC");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static Reply send(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> res = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
        coms.rooms().shutdown(Duration.ofSeconds(1));
        server.stop();
        coms.close();
        http.close();
        others.values().forEach(HttpClient::close);
    }
}
