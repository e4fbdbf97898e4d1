package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage.Admit;
import dev.coms.protocol.signal.SignalMessage.Deny;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.SignalMessage.KnockWithdrawn;
import dev.coms.protocol.signal.SignalMessage.Knocking;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.ParticipantJoined;
import dev.coms.protocol.signal.SignalMessage.Refused;
import dev.coms.protocol.signal.SignalMessage.RoomState;
import dev.coms.protocol.signal.SignalMessage.SetRoomState;
import dev.coms.protocol.signal.SignalMessage.Waiting;
import dev.coms.protocol.signal.SignalMessage.Welcome;
import dev.coms.server.rooms.RoomTestServer.Joined;
import dev.coms.server.testing.RoomClient;
import dev.coms.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The host's tools against unwanted guests: locking the meeting and the waiting room, enforced by the server. */
class LockAndWaitingRoomTest {

    static RoomTestServer server;

    @BeforeAll
    static void start() {
        server = new RoomTestServer(RoomTestServer.settings());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLockedMeetingTakesNoOneNewUntilTheHostUnlocksIt() throws Exception {
        String meeting = server.liveMeeting();
        Joined host = server.hostEnters(meeting);
        Joined gus = server.guestEnters(meeting, "Gus", "device-gus-1");
        // A ticket fetched before the lock is refused at the upgrade too.
        TestServer.Reply early = server.guestJoinRequest(meeting, "Early", "device-early", "127.0.0.1");

        host.client().send(new SetRoomState(true, null));
        assertThat(gus.client().await(RoomState.class)).isEqualTo(new RoomState(true, false));
        assertThat(host.client().await(RoomState.class).locked()).isTrue();

        TestServer.Reply refused = server.guestJoinRequest(meeting, "Olga", "device-olga-1", "127.0.0.1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(server.base.read(refused, ApiError.class).code()).isEqualTo(ApiErrorCode.MEETING_LOCKED);
        String body = RawWsClient.refusedUpgrade(server.port(), ticketPath(early));
        assertThat(body).startsWith("HTTP/1.1 403").contains(RefusalCode.MEETING_LOCKED.wire() + ": ");

        gus.client().send(new SetRoomState(false, null));
        assertThat(gus.client().await(Error.class).code()).isEqualTo(SignalErrorCode.NOT_HOST);

        host.client().send(new SetRoomState(false, null));
        gus.client().await(RoomState.class);
        server.guestEnters(meeting, "Olga", "device-olga-1");
    }

    @Test
    void withTheWaitingRoomOnTheHostAdmitsOrDeniesEachNewcomer() {
        String meeting = server.liveMeeting();
        Joined host = server.hostEnters(meeting);
        Joined gus = server.guestEnters(meeting, "Gus", "device-gus-2");
        host.client().send(new SetRoomState(null, true));
        assertThat(gus.client().await(RoomState.class).waitingRoom()).isTrue();

        RoomClient olga = server.enterWith(server.guestJoinRequest(meeting, "Olga", "device-olga-2", "127.0.0.1"));
        olga.await(Waiting.class);
        Knocking knock = host.client().await(Knocking.class);
        assertThat(knock.displayName()).isEqualTo("Olga");
        olga.send(new Offer(null, gus.id(), "v=0"));
        assertThat(olga.await(Error.class).code()).isEqualTo(SignalErrorCode.NOT_ADMITTED);
        gus.client().roundTrip();
        gus.client().assertNoneOf(ParticipantJoined.class);
        gus.client().assertNoneOf(Offer.class);

        host.client().send(new Admit(knock.participantId()));
        Welcome welcome = olga.await(Welcome.class);
        assertThat(welcome.roster()).hasSize(3);
        assertThat(gus.client().await(ParticipantJoined.class).participant().id())
                .isEqualTo(knock.participantId());

        RoomClient mallory = server.enterWith(server.guestJoinRequest(meeting, "Mallory", "device-mal", "127.0.0.1"));
        mallory.await(Waiting.class);
        String malloryId = host.client().await(Knocking.class).participantId();
        gus.client().send(new Deny(malloryId));
        assertThat(gus.client().await(Error.class).code()).isEqualTo(SignalErrorCode.NOT_HOST);
        host.client().send(new Deny(malloryId));
        assertThat(mallory.await(Refused.class).code()).isEqualTo(RefusalCode.DENIED);
        assertThat(mallory.awaitClose().code()).isEqualTo(1000);
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(3);
    }

    @Test
    void theHostHearsWhenAWaitingNewcomerGivesUpAndSwitchingTheWaitingRoomOffLetsTheOthersIn() {
        String meeting = server.liveMeeting();
        Joined host = server.hostEnters(meeting);
        host.client().send(new SetRoomState(null, true));
        host.client().await(RoomState.class);

        RoomClient quitter = server.enterWith(server.guestJoinRequest(meeting, "Quinn", "device-quinn", "127.0.0.1"));
        quitter.await(Waiting.class);
        String quitterId = host.client().await(Knocking.class).participantId();
        quitter.closeNormally();
        assertThat(host.client().await(KnockWithdrawn.class).participantId()).isEqualTo(quitterId);

        RoomClient patient = server.enterWith(server.guestJoinRequest(meeting, "Pat", "device-pat", "127.0.0.1"));
        patient.await(Waiting.class);
        host.client().await(Knocking.class);
        host.client().send(new SetRoomState(null, false));
        assertThat(patient.await(Welcome.class).roster()).hasSize(2);
        assertThat(patient.await(RoomState.class).waitingRoom()).isFalse();
    }

    private static String ticketPath(TestServer.Reply joinReply) {
        var ticket = server.base.read(joinReply, dev.coms.protocol.rest.JoinTicket.class);
        return ticket.signalingUrl() + "?ticket=" + ticket.ticket();
    }
}
