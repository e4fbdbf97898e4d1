package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.SignalMessage.Expel;
import dev.coms.protocol.signal.SignalMessage.Expelled;
import dev.coms.protocol.signal.SignalMessage.Knocking;
import dev.coms.protocol.signal.SignalMessage.ParticipantLeft;
import dev.coms.protocol.signal.SignalMessage.RoomState;
import dev.coms.protocol.signal.SignalMessage.Waiting;
import dev.coms.protocol.signal.SignalMessage.Welcome;
import dev.coms.server.rooms.RoomTestServer.Joined;
import dev.coms.server.testing.RoomClient;
import dev.coms.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An expel binds the account, the device and the address: changing one of them is not enough to come back, and
 * every connection of the expelled person leaves. Guests and hosts join over REST, as the apps do.
 */
class ExpelThatSticksTest {

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
    void aNewDeviceIdFromTheExpelledGuestsAddressMustBeAdmittedByTheHost() {
        String meeting = server.liveMeeting();
        Joined host = server.hostEnters(meeting);
        Joined gus = server.guestEnters(meeting, "Gus", "device-gus-1");
        host.client().send(new Expel(gus.id()));
        assertThat(gus.client().await(Expelled.class).message()).isNotBlank();
        assertThat(host.client().await(RoomState.class).waitingRoom()).isTrue();

        RoomClient again = server.enterWith(server.guestJoinRequest(meeting, "Gus", "device-gus-2", "127.0.0.1"));
        assertThat(again.await(Waiting.class).message()).isNotBlank();
        Knocking knock = host.client().await(Knocking.class);
        assertThat(knock.displayName()).isEqualTo("Gus");
        assertThat(knock.guest()).isTrue();
        again.roundTrip();
        again.assertNoneOf(Welcome.class);
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(1);
    }

    @Test
    void theExpelledDeviceIsRefusedFromAnotherAddress() {
        String meeting = server.liveMeeting();
        Joined host = server.hostEnters(meeting);
        Joined gus = server.guestEnters(meeting, "Gus", "device-gus-9");
        host.client().send(new Expel(gus.id()));
        gus.client().await(Expelled.class);

        TestServer.Reply reply = server.guestJoinRequest(meeting, "Gus", "device-gus-9", "127.0.0.2");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(server.base.read(reply, ApiError.class).code()).isEqualTo(ApiErrorCode.BANNED);
        awaitStored(meeting, "device:device-gus-9");
    }

    @Test
    void anExpelledAccountComingBackAsAGuestMustBeAdmittedByTheHost() {
        String meeting = server.liveMeeting();
        Joined host = server.hostEnters(meeting);
        String ann = server.base.newHost("Ann Account").token();
        RoomClient annClient = server.enterWith(server.accountJoinRequest(meeting, ann));
        Welcome annWelcome = annClient.await(Welcome.class);
        host.client().send(new Expel(annWelcome.participantId()));
        annClient.await(Expelled.class);

        assertThat(server.accountJoinRequest(meeting, ann).status()).isEqualTo(403);
        RoomClient asGuest = server.enterWith(server.guestJoinRequest(meeting, "Ann", "device-ann-1", "127.0.0.1"));
        asGuest.await(Waiting.class);
        assertThat(host.client().await(Knocking.class).displayName()).isEqualTo("Ann");
    }

    @Test
    void anExpelRemovesEveryConnectionOfThatPerson() {
        String meeting = server.liveMeeting();
        Joined host = server.hostEnters(meeting);
        Joined olga = server.guestEnters(meeting, "Olga", "device-olga-1");
        // The same device on two networks (say Wi-Fi and mobile): two connections, two identities.
        RoomClient first = server.enterWith(server.guestJoinRequest(meeting, "Gus", "device-gus-5", "127.0.0.1"));
        String firstId = first.await(Welcome.class).participantId();
        RoomClient second = server.enterWith(server.guestJoinRequest(meeting, "Gus", "device-gus-5", "127.0.0.3"));
        String secondId = second.await(Welcome.class).participantId();
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(4);

        host.client().send(new Expel(firstId));
        first.await(Expelled.class);
        second.await(Expelled.class);
        assertThat(second.awaitClose().code()).isEqualTo(1000);
        assertThat(olga.client().await(ParticipantLeft.class).reason()).isEqualTo(LeaveReason.EXPELLED);
        assertThat(olga.client().await(ParticipantLeft.class).participantId()).isIn(firstId, secondId);
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(2);
    }

    private static void awaitStored(String meeting, String key) {
        HostRulesTest.awaitTrue(() -> server.banned(meeting, key));
    }
}
