package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.client.call.media.SyntheticVideoInput;
import dev.coms.client.call.media.ToneAudioInput;
import dev.coms.client.call.testing.Await;
import dev.coms.client.call.testing.CuttableProxy;
import dev.coms.client.call.testing.Recorder;
import dev.coms.client.signaling.RoomAddress;
import dev.coms.client.signaling.SignalingClient;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.rest.GuestIdentity;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The call engine through the real signaling server: REST join tickets, the live room's WebSocket, real peer
 * connections with synthetic camera and tone. Three people in one JVM, as three desktops would be.
 */
class RealServerCallTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private static RtcRuntime rtc;
    private static ComsServer coms;
    private static WebServer server;
    private static URI base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final OkHttpClient okhttp = new OkHttpClient();
    private final List<Person> people = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC);
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 4);
        coms = ComsServer.create(new ServerSettings(URI.create("http://localhost"), db), Clock.systemUTC());
        WebServerConfig.Builder builder = WebServer.builder().port(0).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
        base = URI.create("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        coms.close();
        rtc.close();
    }

    @AfterEach
    void hangUp() {
        people.forEach(Person::close);
        http.close();
    }

    @Test
    void threePeopleMeetThroughTheServerAndTheHostsExpelAndLeaveReachEveryone() throws Exception {
        SessionView host = post(
                "/api/accounts",
                new RegisterRequest("host-" + System.nanoTime() + "@example.org", "Hannah Host", "correct horse 1"),
                null,
                SessionView.class);
        String meetingId = post(
                        "/api/meetings/open-now",
                        new StartOpenMeetingRequest("Standup", null, "UTC"),
                        host.token(),
                        HostMeetingView.class)
                .meeting()
                .id();

        Person hannah = join(meetingId, new JoinRequest(null, null), host.token());
        Person gus = join(meetingId, new JoinRequest(null, new GuestIdentity("Gus", "device-gus")), null);
        Person lou = join(meetingId, new JoinRequest(null, new GuestIdentity("Lou", "device-lou")), null);

        for (Person viewer : people) {
            for (Person other : people) {
                if (viewer != other) {
                    awaitVideoAdvancing(viewer, other);
                }
            }
        }
        assertThat(lou.seen.roster)
                .extracting(p -> p.displayName())
                .containsExactlyInAnyOrder("Hannah Host", "Gus", "Lou");
        for (Person listener : people) {
            for (Person speaker : people) {
                if (listener != speaker) {
                    Await.until(
                            listener.id() + " hears " + speaker.id(),
                            LIMIT,
                            () -> audioPacketsFrom(listener, speaker) > 20);
                }
            }
        }

        hannah.session.sendChat("Welcome, both of you").get();
        lou.session.sendPrivateChat(gus.id(), "psst, Gus").get();
        Await.until(
                "everyone reads the host's message",
                LIMIT,
                () -> texts(gus).contains("Welcome, both of you") && texts(lou).contains("Welcome, both of you"));
        Await.until("Gus reads Lou's private message", LIMIT, () -> texts(gus).contains("psst, Gus"));
        assertThat(texts(hannah))
                .as("a private message reaches only its addressee")
                .doesNotContain("psst, Gus");

        hannah.session.setMicrophoneOn(false).get();
        Await.until(
                "the room shows Hannah muted",
                LIMIT,
                () -> lou.seen.roster.stream().anyMatch(p -> p.host() && !p.micOn()));

        hannah.session.expel(gus.id());
        Await.until("Gus's call ends", LIMIT, () -> gus.seen.ended != null);
        assertThat(gus.seen.ended.reason())
                .as(gus.seen.ended + " " + gus.seen.statuses)
                .isEqualTo(CallEnd.Reason.EXPELLED);
        Await.until(
                "Lou's connection to Gus is closed",
                LIMIT,
                () -> !lou.session.connectedPeers().join().contains(gus.id()));
        Await.until(
                "Hannah's connection to Gus is closed",
                LIMIT,
                () -> !hannah.session.connectedPeers().join().contains(gus.id()));
        awaitVideoAdvancing(lou, hannah);

        hannah.session.leave().get();
        Await.until(
                "Lou sees the meeting end with its host",
                LIMIT,
                () -> lou.seen.ended != null && lou.seen.ended.reason() == CallEnd.Reason.MEETING_ENDED);
    }

    @Test
    void aDroppedSignalingConnectionResumesAndTheMediaNeverStops() throws Exception {
        SessionView host = post(
                "/api/accounts",
                new RegisterRequest("host-" + System.nanoTime() + "@example.org", "Hannah Host", "correct horse 1"),
                null,
                SessionView.class);
        String meetingId = post(
                        "/api/meetings/open-now",
                        new StartOpenMeetingRequest("Resume", null, "UTC"),
                        host.token(),
                        HostMeetingView.class)
                .meeting()
                .id();
        Person hannah = join(meetingId, new JoinRequest(null, null), host.token());
        try (CuttableProxy network = new CuttableProxy(server.port())) {
            Person gus = join(
                    meetingId,
                    new JoinRequest(null, new GuestIdentity("Gus", "device-gus")),
                    null,
                    URI.create("http://127.0.0.1:" + network.port()));
            awaitVideoAdvancing(hannah, gus);
            String gusId = gus.id();

            network.cutAll();
            Await.until(
                    "Gus's client notices and resumes",
                    LIMIT,
                    () -> gus.seen.statuses.stream().anyMatch(s -> s.code() == CallStatus.Code.SIGNALING_RECONNECTING));
            Await.until(
                    "Gus is connected again",
                    LIMIT,
                    () -> gus.seen.statuses.getLast().code() == CallStatus.Code.SIGNALING_CONNECTED);

            assertThat(gus.id()).as("the same participant id after resuming").isEqualTo(gusId);
            awaitVideoAdvancing(hannah, gus);
            awaitVideoAdvancing(gus, hannah);
            assertThat(hannah.seen.ended).isNull();
            assertThat(gus.seen.ended).isNull();
            assertThat(hannah.session.connectedPeers().join()).contains(gusId);
        }
    }

    private Person join(String meetingId, JoinRequest request, String token) throws Exception {
        return join(meetingId, request, token, base);
    }

    private Person join(String meetingId, JoinRequest request, String token, URI signaling) throws Exception {
        JoinTicket ticket = post("/api/meetings/" + meetingId + "/join", request, token, JoinTicket.class);
        Person person = new Person();
        people.add(person);
        person.camera = new SyntheticVideoInput("camera-" + people.size(), 320, 240, 15);
        person.media.prepare(TrackKind.CAMERA, person.camera, true);
        person.media.prepare(TrackKind.AUDIO, new ToneAudioInput(440), true);
        var transport = new SignalingClient(
                okhttp,
                RoomAddress.room(signaling, meetingId, ticket.signalingUrl()),
                ticket.ticket(),
                SignalingClient.Settings.defaults());
        person.session = CallSession.start(
                rtc,
                person.media,
                transport,
                CallConfig.defaults().withStatsInterval(Duration.ofMillis(400)),
                person.seen);
        Await.until("joined", LIMIT, () -> person.session.selfId() != null);
        return person;
    }

    private static long audioPacketsFrom(Person listener, Person speaker) {
        var stats = listener.seen.stats.get(speaker.id());
        var audio = stats == null ? null : stats.inbound(TrackKind.AUDIO);
        return audio == null ? 0 : audio.packetsReceived();
    }

    private static List<String> texts(Person person) {
        return person.seen.chat.stream().map(ChatMessage::text).toList();
    }

    private static void awaitVideoAdvancing(Person viewer, Person other) {
        var stream = viewer.seen.stream(other.id(), TrackKind.CAMERA);
        Await.until(viewer.id() + " decodes " + other.id(), LIMIT, () -> stream.lastCounter >= 0);
        int first = stream.lastCounter;
        Await.until(viewer.id() + " sees " + other.id() + " advance", LIMIT, () -> stream.lastCounter > first);
    }

    private <T> T post(String path, Object body, String token, Class<T> type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return JSON.readValue(response.body(), type);
    }

    /** One participant: own media, a recorder of what they see, their session. */
    private static final class Person implements AutoCloseable {
        final Recorder seen = new Recorder();
        final LocalMedia media = new LocalMedia(rtc);
        SyntheticVideoInput camera;
        CallSession session;

        String id() {
            return session.selfId();
        }

        @Override
        public void close() {
            if (session != null) {
                session.close();
            }
            media.close();
        }
    }
}
