package dev.coms.client.app.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.runtime.CallRuntime;
import dev.coms.client.call.runtime.MediaSources;
import dev.coms.client.call.testing.Await;
import dev.coms.client.signaling.MeetingsApi;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.client.ui.room.RoomText;
import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.rooms.RoomSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The meeting room's port on the real engine, against a real Coms server on loopback: a host (registered account,
 * open meeting started now) and a guest join through tickets from the join endpoint, with synthetic camera and tone.
 */
class EngineCallPortTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private static CallRuntime engine;
    private ComsServer coms;
    private WebServer server;
    private URI base;
    private final List<EngineCallPort> calls = new ArrayList<>();

    @BeforeAll
    static void startEngine() {
        engine = CallRuntime.synthetic();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void startServer() throws Exception {
        startServer(RoomSettings.defaults());
    }

    private void startServer(RoomSettings rooms) throws Exception {
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 2);
        coms = ComsServer.create(new ServerSettings(URI.create("http://localhost"), db), rooms, Clock.systemUTC());
        WebServerConfig.Builder builder = WebServer.builder().port(0).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterEach
    void stopServer() throws Exception {
        for (EngineCallPort call : calls) {
            call.leave();
            call.released().get(20, TimeUnit.SECONDS); // the engine is shared: every call must be gone first
        }
        server.stop();
        coms.close();
    }

    @Test
    void guestSeesTheHostAndTheirChatUntilTheHostRemovesThem() {
        Meeting meeting = startMeeting();
        RoomRecorder host = join(meeting.hostTicket(), "Hannah Host");
        Await.until("host in the room", LIMIT, () -> host.selfId != null);
        RoomRecorder guest = join(meeting.guestTicket("Gus Guest"), "Gus Guest");
        Await.until("guest sees the host", LIMIT, () -> guest.idOf("Hannah Host") != null);
        Await.until("host sees the guest", LIMIT, () -> host.idOf("Gus Guest") != null);
        assertThat(host.host).isTrue();
        assertThat(guest.host).isFalse();
        String hostId = guest.idOf("Hannah Host");
        assertThat(hostId).isEqualTo(host.selfId);

        CountingSink hostTile = new CountingSink();
        calls.get(1).attachVideo(hostId, hostTile);
        CountingSink ownPreview = new CountingSink();
        calls.get(0).attachVideo(null, ownPreview);
        Await.until("the host's video on the guest's tile", LIMIT, () -> hostTile.published.get() >= 5);
        assertThat(hostTile.width).isEqualTo(320);
        assertThat(hostTile.alpha).as("converted to opaque BGRA").isEqualTo(255);
        Await.until("the host's own preview", LIMIT, () -> ownPreview.published.get() >= 5);

        calls.get(0).setScreenSharing(true);
        Await.until("the guest's tile shows the host's screen", LIMIT, () -> hostTile.width == 480);
        calls.get(0).setScreenSharing(false);
        Await.until("the guest's tile shows the host's camera again", LIMIT, () -> hostTile.width == 320);

        calls.get(0).sendChat(null, "Welcome, everyone");
        Await.until("the guest reads the host's message", LIMIT, () -> !guest.chat.isEmpty());
        assertThat(guest.chat).containsExactly(new RoomRecorder.Chat(hostId, "Welcome, everyone", false));
        assertThat(host.chat).as("the room shows the user's own lines itself").isEmpty();
        calls.get(1).sendChat(hostId, "Can I present next?");
        Await.until("the host reads the guest's private message", LIMIT, () -> !host.chat.isEmpty());
        assertThat(host.chat)
                .containsExactly(new RoomRecorder.Chat(host.idOf("Gus Guest"), "Can I present next?", true));

        calls.get(0).expel(host.idOf("Gus Guest"));
        Await.until("the guest is told they were removed", LIMIT, () -> guest.ended != null);
        assertThat(guest.ended).isEqualTo(RoomEnd.EXPELLED);
        Await.until("the host sees the guest go", LIMIT, () -> host.idOf("Gus Guest") == null);
        assertThat(host.ended).isNull();
    }

    @Test
    void theHostAdmitsOneNewcomerFromTheWaitingRoomAndTurnsAnotherAway() {
        Meeting meeting = startMeeting();
        RoomRecorder host = join(meeting.hostTicket(), "Hannah Host");
        Await.until("host in the room", LIMIT, () -> host.selfId != null);
        calls.get(0).setRoomState(null, true);
        Await.until("the waiting room is on", LIMIT, () -> host.waitingRoom);

        RoomRecorder gus = join(meeting.guestTicket("Gus Guest"), "Gus Guest");
        Await.until("Gus is told he waits", LIMIT, () -> gus.problems.contains(RoomProblem.WAITING_FOR_ADMISSION));
        Await.until("the host sees Gus knocking", LIMIT, () -> host.knocking.containsValue("Gus Guest"));
        assertThat(host.idOf("Gus Guest"))
                .as("not in the room before he is admitted")
                .isNull();
        String gusId = host.knocking.keySet().iterator().next();
        calls.get(0).answerKnock(gusId, true);
        Await.until("Gus is in", LIMIT, () -> gus.idOf("Hannah Host") != null && host.idOf("Gus Guest") != null);

        RoomRecorder mallory = join(meeting.guestTicket("Mallory"), "Mallory");
        Await.until("the host sees Mallory knocking", LIMIT, () -> host.knocking.containsValue("Mallory"));
        String malloryId = host.knocking.entrySet().stream()
                .filter(e -> e.getValue().equals("Mallory"))
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        calls.get(0).answerKnock(malloryId, false);
        Await.until("Mallory is turned away", LIMIT, () -> mallory.ended != null);
        assertThat(mallory.ended).isEqualTo(RoomEnd.DENIED);

        calls.get(0).setRoomState(true, null);
        Await.until("everyone sees the lock", LIMIT, () -> gus.locked);
    }

    @Test
    void theHostLeavingEndsTheMeetingForTheGuest() throws Exception {
        Meeting meeting = startMeeting();
        RoomRecorder host = join(meeting.hostTicket(), "Hannah Host");
        Await.until("host in the room", LIMIT, () -> host.selfId != null);
        RoomRecorder guest = join(meeting.guestTicket("Gus Guest"), "Gus Guest");
        Await.until("guest sees the host", LIMIT, () -> guest.idOf("Hannah Host") != null);
        calls.get(1).setMicrophone(false);
        Await.until(
                "the guest's room highlights the host, whose tone is the only sound",
                LIMIT,
                () -> guest.idOf("Hannah Host").equals(guest.speaking));
        Await.until("so does the host's own room", LIMIT, () -> host.selfId.equals(host.speaking));

        calls.get(0).leave();
        Await.until("the guest is told the meeting ended", LIMIT, () -> guest.ended != null);
        assertThat(guest.ended).isEqualTo(RoomEnd.HOST_ENDED);
        Await.until("the host's room closes (after its peer connections)", LIMIT, () -> host.ended != null);
        assertThat(host.ended).isEqualTo(RoomEnd.LEFT);
        calls.get(1).released().get(20, TimeUnit.SECONDS);
    }

    @Test
    void theRoomIsReachedWhereTheTicketSaysNotWhereTheClientWouldGuess() {
        Meeting meeting = startMeeting();
        JoinTicket ticket = meeting.hostTicket();
        assertThat(ticket.signalingUrl()).isEqualTo("/ws/rooms/" + meeting.id());
        // Below this base path the default address (/app/ws/rooms/...) does not exist; the ticket's absolute path does.
        RoomRecorder host = join(URI.create(base + "/app/"), ticket, "Hannah Host");
        Await.until("host in the room", LIMIT, () -> host.selfId != null || host.ended != null);
        assertThat(host.ended).isNull();
        assertThat(host.host).isTrue();
    }

    @Test
    void aTicketForAnotherAddressIsNotSentToTheDefaultOne() {
        Meeting meeting = startMeeting();
        JoinTicket real = meeting.hostTicket();
        JoinTicket elsewhere = new JoinTicket(real.meetingId(), real.ticket(), real.expiresAt(), "/nowhere/rooms/x");
        RoomRecorder host = join(elsewhere, "Hannah Host");
        Await.until("the room closes", LIMIT, () -> host.ended != null);
        assertThat(host.selfId).isNull();
    }

    @Test
    void aRefusedTicketEndsTheRoomWithASentenceAndReleasesEverything() throws Exception {
        Meeting meeting = startMeeting();
        JoinTicket real = meeting.guestTicket("Gus Guest");
        JoinTicket forged = new JoinTicket(real.meetingId(), "not-a-ticket", real.expiresAt(), real.signalingUrl());
        RoomRecorder guest = join(forged, "Gus Guest");
        Await.until("the room closes", LIMIT, () -> guest.ended != null);
        assertThat(guest.ended).as("a refusal is not a lost connection").isEqualTo(RoomEnd.NOT_ADMITTED);
        assertThat(RoomText.of(guest.ended)).isEqualTo("The meeting could not be entered. Join it again in a moment.");
        assertThat(guest.selfId).isNull();
        calls.getFirst().released().get(20, TimeUnit.SECONDS);
    }

    @Test
    void aFullRoomTellsTheLatecomerItIsFull() throws Exception {
        server.stop();
        coms.close();
        startServer(RoomSettings.defaults().withCapacity(2));
        Meeting meeting = startMeeting();
        RoomRecorder host = join(meeting.hostTicket(), "Hannah Host");
        Await.until("host in the room", LIMIT, () -> host.selfId != null);
        RoomRecorder guest = join(meeting.guestTicket("Gus Guest"), "Gus Guest");
        Await.until("guest in the room", LIMIT, () -> guest.selfId != null);

        RoomRecorder late = join(meeting.guestTicket("Lou Late"), "Lou Late");
        Await.until("the latecomer's room closes", LIMIT, () -> late.ended != null);
        assertThat(late.ended).isEqualTo(RoomEnd.FULL);
        assertThat(RoomText.of(late.ended)).isEqualTo("The meeting is full. Try again when someone leaves.");
        assertThat(host.idOf("Lou Late")).isNull();
        assertThat(guest.ended).isNull();
    }

    @Test
    void cancellingARunningMeetingTellsTheGuestItWasCancelled() throws Exception {
        Meeting meeting = startMeeting();
        RoomRecorder host = join(meeting.hostTicket(), "Hannah Host");
        Await.until("host in the room", LIMIT, () -> host.selfId != null);
        RoomRecorder guest = join(meeting.guestTicket("Gus Guest"), "Gus Guest");
        Await.until("guest sees the host", LIMIT, () -> guest.idOf("Hannah Host") != null);

        meeting.hostApi().cancel(meeting.id());
        Await.until("the guest is told", LIMIT, () -> guest.ended != null);
        assertThat(guest.ended).isEqualTo(RoomEnd.CANCELLED);
        assertThat(RoomText.of(guest.ended)).isEqualTo("The host cancelled this meeting.");
    }

    private RoomRecorder join(JoinTicket ticket, String name) {
        return join(base, ticket, name);
    }

    private RoomRecorder join(URI server, JoinTicket ticket, String name) {
        EngineCallPort call = new EngineCallPort(engine, MediaSources.synthetic(320, 240, 15));
        calls.add(call);
        RoomRecorder room = new RoomRecorder();
        call.join(server, ticket, name, room);
        return room;
    }

    private Meeting startMeeting() {
        MeetingsApi hostApi = new MeetingsApi(base);
        var session = hostApi.register(new RegisterRequest(
                "hannah-" + UUID.randomUUID() + "@example.org", "Hannah Host", "correct horse battery"));
        hostApi.useToken(session.token());
        String id = hostApi.startOpenMeeting(new StartOpenMeetingRequest("Weekly sync", null, "UTC"))
                .meeting()
                .id();
        return new Meeting(id, hostApi, new MeetingsApi(base));
    }

    private record Meeting(String id, MeetingsApi hostApi, MeetingsApi guestApi) {
        JoinTicket hostTicket() {
            return hostApi.join(id, new JoinRequest(null, null));
        }

        JoinTicket guestTicket(String name) {
            return guestApi.join(id, new JoinRequest(null, new GuestIdentity(name, "device-" + UUID.randomUUID())));
        }
    }
}
