package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.SignalMessage;
import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.invites.TicketRegistry.Grant;
import dev.coms.server.testing.MutableClock;
import dev.coms.server.testing.TestDatabases;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A real signaling server on a free loopback port, with a hand-moved clock and in-memory meeting rules. */
final class RoomTestServer implements AutoCloseable {

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    final InMemoryMeetingRules rules = new InMemoryMeetingRules();
    final HttpClient http = HttpClient.newHttpClient();
    final ComsServer coms;
    final WebServer server;

    RoomTestServer(RoomSettings settings) {
        coms = ComsServer.create(new ServerSettings(URI.create("http://localhost"), TestDatabases.h2()), settings,
                clock, rules);
        WebServerConfig.Builder builder = WebServer.builder().host("127.0.0.1").port(0).shutdownHook(false);
        coms.setup(builder);
        server = builder.build().start();
    }

    /**
     * Test defaults: the product's limits, except a rate-limit burst no test reaches by accident (the clock stands
     * still, so the bucket never refills) and a long idle timeout unless a test is about them; a fast sweeper.
     */
    static RoomSettings settings() {
        RoomSettings d = RoomSettings.defaults();
        return new RoomSettings(d.grace(), d.capacity(), d.maxMessageBytes(), d.ratePerSecond(), 10_000,
                Duration.ofHours(1), d.outboundQueueBytes(), Duration.ofMillis(50), d.ice());
    }

    RoomRegistry rooms() {
        return coms.rooms();
    }

    /** A new live meeting's id. */
    String liveMeeting() {
        String id = "m-" + UUID.randomUUID().toString().substring(0, 8);
        rules.live(id);
        return id;
    }

    String ticket(String meetingId, String identity, String name, boolean host) {
        return coms.tickets().issue(new Grant(meetingId, identity, null, name, host, "127.0.0.1")).ticket();
    }

    URI roomUri(String meetingId, String query) {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ws/rooms/" + meetingId + "?" + query);
    }

    /** Joins with a fresh ticket and returns the client with its Welcome already received. */
    Joined join(String meetingId, String name, boolean host) {
        return joinAs(meetingId, "guest:" + name, name, host);
    }

    Joined joinAs(String meetingId, String identity, String name, boolean host) {
        RoomClient client = RoomClient.connect(http,
                roomUri(meetingId, "ticket=" + ticket(meetingId, identity, name, host)));
        return new Joined(client, client.await(SignalMessage.Welcome.class));
    }

    Joined resume(String meetingId, String resumeToken) {
        RoomClient client = RoomClient.connect(http, roomUri(meetingId, "resume=" + resumeToken));
        SignalMessage.Welcome welcome = client.await(SignalMessage.Welcome.class);
        assertThat(welcome.resumed()).isTrue();
        return new Joined(client, welcome);
    }

    int refusal(String meetingId, String query) {
        return RoomClient.refusalStatus(http, roomUri(meetingId, query));
    }

    /** Moves the clock and runs the sweeper at once. */
    void advanceAndSweep(Duration by) {
        clock.advance(by);
        rooms().sweep();
    }

    @Override
    public void close() {
        rooms().shutdown(Duration.ofSeconds(1));
        server.stop();
        coms.close();
    }

    /** A connected participant: the client and the Welcome it got. */
    record Joined(RoomClient client, SignalMessage.Welcome welcome) {
        String id() {
            return welcome.participantId();
        }
    }
}
