package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.protocol.testing.MutableClock;
import dev.coms.server.ComsServer;
import dev.coms.server.testing.RoomClient;
import dev.coms.server.testing.TestServer;
import dev.coms.server.tickets.Grant;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * A real Coms server (its database, its meetings service and live rooms) on a free loopback port with a hand-moved
 * clock. Meetings are made through the REST API as a host makes them; tickets come from the server's own registry.
 */
final class RoomTestServer implements AutoCloseable {

    final TestServer base;
    final MutableClock clock;
    final HttpClient http = HttpClient.newHttpClient();
    final ComsServer coms;
    private String hostToken;

    RoomTestServer(RoomSettings settings) {
        base = TestServer.withRealRooms(settings);
        clock = base.clock;
        coms = base.coms;
    }

    /**
     * Test defaults: the product's limits, except a rate-limit burst no test reaches by accident (the clock stands
     * still, so the bucket never refills) and a long idle timeout unless a test is about them; a fast sweeper.
     */
    static RoomSettings settings() {
        RoomSettings d = RoomSettings.defaults();
        return new RoomSettings(
                d.grace(),
                d.capacity(),
                d.maxMessageBytes(),
                d.ratePerSecond(),
                10_000,
                Duration.ofHours(1),
                d.outboundQueueBytes(),
                Duration.ofMillis(50),
                d.ice());
    }

    RoomRegistry rooms() {
        return coms.rooms();
    }

    int port() {
        return base.port();
    }

    /** A new open meeting, started now by this server's host account: its id. */
    String liveMeeting() {
        HostMeetingView made = base.read(
                base.post("/api/meetings/open-now", new StartOpenMeetingRequest("Weekly sync", null, "UTC"), host()),
                HostMeetingView.class);
        assertThat(made.meeting().state()).isEqualTo(MeetingState.LIVE);
        return made.meeting().id();
    }

    /** A new private meeting scheduled for tomorrow: its id. */
    String scheduledMeeting() {
        String tomorrow = clock.instant()
                .plus(Duration.ofDays(1))
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
        HostMeetingView made = base.read(
                base.post(
                        "/api/meetings",
                        new ScheduleMeetingRequest(MeetingMode.PRIVATE, "Later", "Plans", tomorrow, "10:00", "UTC"),
                        host()),
                HostMeetingView.class);
        return made.meeting().id();
    }

    /** Whether the meetings service has recorded the meeting as over. */
    boolean ended(String meetingId) {
        return coms.meetingRules()
                .meeting(meetingId)
                .map(m -> m.state() == MeetingState.ENDED)
                .orElse(false);
    }

    /** Whether the meetings service keeps {@code identity} out of the meeting. */
    boolean banned(String meetingId, String identity) {
        return coms.meetingRules().isBanned(meetingId, identity);
    }

    /** The token of the host account that made this server's meetings. */
    String hostToken() {
        return host();
    }

    /** A guest asks for a ticket over REST from {@code address} (a loopback address such as 127.0.0.2). */
    TestServer.Reply guestJoinRequest(String meetingId, String name, String deviceId, String address) {
        return base.postFrom(
                address,
                "/api/meetings/" + meetingId + "/join",
                new JoinRequest(null, new GuestIdentity(name, deviceId)),
                null);
    }

    /** A signed-in user asks for a ticket over REST. */
    TestServer.Reply accountJoinRequest(String meetingId, String token) {
        return base.post("/api/meetings/" + meetingId + "/join", new JoinRequest(null, null), token);
    }

    /** Opens the room socket with the ticket of a successful join reply; nothing awaited yet. */
    RoomClient enterWith(TestServer.Reply joinReply) {
        assertThat(joinReply.status()).as(joinReply.body()).isEqualTo(200);
        JoinTicket ticket = base.read(joinReply, JoinTicket.class);
        return RoomClient.connect(
                http, URI.create("ws://127.0.0.1:" + port() + ticket.signalingUrl() + "?ticket=" + ticket.ticket()));
    }

    /** The host enters over REST as a real host does: the client with its Welcome (and the RoomState after it). */
    Joined hostEnters(String meetingId) {
        return welcomed(enterWith(accountJoinRequest(meetingId, host())));
    }

    /** A guest enters over REST from 127.0.0.1 and is welcomed at once (Welcome, then RoomState). */
    Joined guestEnters(String meetingId, String name, String deviceId) {
        return welcomed(enterWith(guestJoinRequest(meetingId, name, deviceId, "127.0.0.1")));
    }

    private static Joined welcomed(RoomClient client) {
        SignalMessage.Welcome welcome = client.await(SignalMessage.Welcome.class);
        client.await(SignalMessage.RoomState.class);
        return new Joined(client, welcome);
    }

    private String host() {
        if (hostToken == null) {
            hostToken = base.newHost("Hana Host").token();
        }
        return hostToken;
    }

    String ticket(String meetingId, String identity, String name, boolean host) {
        return coms.tickets()
                .issue(new Grant(meetingId, identity, null, name, host, "127.0.0.1"))
                .ticket();
    }

    URI roomUri(String meetingId, String query) {
        return URI.create("ws://127.0.0.1:" + port() + "/ws/rooms/" + meetingId + "?" + query);
    }

    /** Joins with a fresh ticket and returns the client with its Welcome already received. */
    Joined join(String meetingId, String name, boolean host) {
        return joinAs(meetingId, "guest:" + name, name, host);
    }

    Joined joinAs(String meetingId, String identity, String name, boolean host) {
        RoomClient client =
                RoomClient.connect(http, roomUri(meetingId, "ticket=" + ticket(meetingId, identity, name, host)));
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
        base.close();
        http.close();
    }

    /** A connected participant: the client and the Welcome it got. */
    record Joined(RoomClient client, SignalMessage.Welcome welcome) {
        String id() {
            return welcome.participantId();
        }
    }
}
