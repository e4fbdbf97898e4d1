package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.Refused;
import dev.coms.protocol.signal.SignalMessage.Resume;
import dev.coms.protocol.signal.SignalMessage.Welcome;
import dev.coms.server.rooms.RoomTestServer.Joined;
import dev.coms.server.testing.RoomClient;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resume tokens travel in the first message, not the URL; each resume hands out a new one; and a token cannot take a
 * seat whose connection is still alive.
 */
class ResumeTokenTest {

    static RoomTestServer server;

    @BeforeAll
    static void start() {
        server = new RoomTestServer(RoomTestServer.settings().withDoor(Duration.ofSeconds(2), Duration.ofMillis(500)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDroppedParticipantResumesWithTheTokenInTheFirstMessageAndGetsANewToken() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);
        guest.client().abort();
        HostRulesTest.awaitTrue(() -> disconnected(host, guest));

        RoomClient back = resumeByMessage(meeting, guest.welcome().resumeToken());
        Welcome welcome = back.await(Welcome.class);
        assertThat(welcome.resumed()).isTrue();
        assertThat(welcome.participantId()).isEqualTo(guest.id());
        assertThat(welcome.resumeToken())
                .isNotEqualTo(guest.welcome().resumeToken())
                .hasSizeGreaterThan(30);
        host.client().send(new Offer(null, guest.id(), "v=0 after resume"));
        assertThat(back.await(Offer.class).sdp()).isEqualTo("v=0 after resume");

        back.abort();
        HostRulesTest.awaitTrue(() -> disconnected(host, guest));
        RoomClient withOld = resumeByMessage(meeting, guest.welcome().resumeToken());
        assertThat(withOld.await(Refused.class).code()).isEqualTo(RefusalCode.INVALID_RESUME);
        assertThat(withOld.awaitClose().code()).isEqualTo(1000);
        // The deprecated query form still works, with the newest token, and rotates it too.
        Joined again = server.resume(meeting, welcome.resumeToken());
        assertThat(again.welcome().resumeToken()).isNotEqualTo(welcome.resumeToken());
    }

    @Test
    void aStolenTokenCannotTakeTheSeatOfAConnectionThatIsAlive() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);

        RoomClient impostor = resumeByMessage(meeting, host.welcome().resumeToken());
        assertThat(impostor.await(Refused.class).code()).isEqualTo(RefusalCode.SEAT_IN_USE);
        assertThat(impostor.awaitClose().code()).isEqualTo(1000);
        assertThat(server.refusal(meeting, "resume=" + host.welcome().resumeToken()))
                .isEqualTo(409);

        host.client().send(new Offer(null, guest.id(), "v=0 from the real host"));
        assertThat(guest.client().await(Offer.class).from()).isEqualTo(host.id());
        host.client().roundTrip();
        host.client().assertNoneOf(Error.class);
    }

    @Test
    void aResumeTakesOverAConnectionThatNoLongerAnswers() throws Exception {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        String ticket = server.ticket(meeting, "guest:Gus", "Gus", false);
        try (RawWsClient silent = new RawWsClient(server.port(), "/ws/rooms/" + meeting + "?ticket=" + ticket)) {
            ObjectMapper json = ProtocolJson.newMapper();
            Welcome first = (Welcome) json.readValue(silent.readTextFrame(), SignalMessage.class);

            RoomClient back = resumeByMessage(meeting, first.resumeToken());
            Welcome welcome = back.await(Welcome.class);
            assertThat(welcome.participantId()).isEqualTo(first.participantId());
            host.client().send(new Offer(null, first.participantId(), "v=0 to the new connection"));
            assertThat(back.await(Offer.class).sdp()).isEqualTo("v=0 to the new connection");
        }
    }

    @Test
    void aConnectionWithoutAQueryMustResumeFirst() {
        String meeting = server.liveMeeting();
        server.join(meeting, "Hana", true);
        RoomClient client = RoomClient.connect(server.http, uri(meeting));
        client.send(new SignalMessage.Ping(1));
        assertThat(client.await(Refused.class).code()).isEqualTo(RefusalCode.INVALID_RESUME);
        assertThat(client.awaitClose().code()).isEqualTo(1000);
    }

    private static RoomClient resumeByMessage(String meeting, String token) {
        RoomClient client = RoomClient.connect(server.http, uri(meeting));
        client.send(new Resume(token));
        return client;
    }

    private static URI uri(String meeting) {
        return URI.create("ws://127.0.0.1:" + server.port() + "/ws/rooms/" + meeting);
    }

    private static boolean disconnected(Joined host, Joined guest) {
        host.client().send(new Offer(null, guest.id(), "probe"));
        host.client().roundTrip();
        return host.client().received().stream()
                .anyMatch(m -> m instanceof Error e && e.code() == SignalErrorCode.PARTICIPANT_RECONNECTING);
    }
}
