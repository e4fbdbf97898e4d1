package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.SignalMessage.Expel;
import dev.coms.protocol.signal.SignalMessage.Expelled;
import dev.coms.protocol.signal.SignalMessage.HostReconnecting;
import dev.coms.protocol.signal.SignalMessage.HostReturned;
import dev.coms.protocol.signal.SignalMessage.Leave;
import dev.coms.protocol.signal.SignalMessage.MeetingEnded;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.ParticipantJoined;
import dev.coms.protocol.signal.SignalMessage.ParticipantLeft;
import dev.coms.server.rooms.RoomTestServer.Joined;
import dev.coms.server.testing.RoomClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The meeting rules a user notices: host leaving ends it, host blips do not, resume, expel. */
class HostRulesTest {

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
    void hostLeavingEndsTheMeetingForEveryoneAndForLaterJoins() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);
        Joined other = server.join(meeting, "Olga", false);

        host.client().send(new Leave("done"));
        assertThat(guest.client().await(MeetingEnded.class).reason()).isEqualTo(EndReason.HOST_LEFT);
        assertThat(other.client().await(MeetingEnded.class).reason()).isEqualTo(EndReason.HOST_LEFT);
        assertThat(guest.client().awaitClose().code()).isEqualTo(1000);
        assertThat(host.client().awaitClose().code()).isEqualTo(1000);
        guest.client().assertNoneOf(ParticipantLeft.class);

        assertThat(server.refusal(meeting, "ticket=" + server.ticket(meeting, "guest:new", "New", false)))
                .isEqualTo(410);
        assertThat(server.refusal(meeting, "resume=" + guest.welcome().resumeToken()))
                .isIn(401, 410);
        assertThat(server.rooms().participantCount(meeting)).isZero();
        awaitTrue(() -> server.ended(meeting));
    }

    @Test
    void hostClosingTheSocketNormallyAlsoEndsTheMeeting() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);

        host.client().closeNormally();
        assertThat(guest.client().await(MeetingEnded.class).reason()).isEqualTo(EndReason.HOST_LEFT);
        assertThat(guest.client().awaitClose().code()).isEqualTo(1000);
    }

    @Test
    void hostNetworkDropStartsAGracePeriodAndResumingBringsTheHostBack() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);

        host.client().abort();
        HostReconnecting reconnecting = guest.client().await(HostReconnecting.class);
        assertThat(reconnecting.graceUntil()).isEqualTo(server.clock.instant().plus(Duration.ofSeconds(60)));

        server.advanceAndSweep(Duration.ofSeconds(59));
        Joined back = server.resume(meeting, host.welcome().resumeToken());
        assertThat(back.id()).isEqualTo(host.id());
        assertThat(back.welcome().roster()).hasSize(2);
        assertThat(guest.client().await(HostReturned.class).participantId()).isEqualTo(host.id());

        server.advanceAndSweep(Duration.ofSeconds(120));
        guest.client().roundTrip();
        guest.client().assertNoneOf(MeetingEnded.class);
        guest.client().assertNoneOf(ParticipantLeft.class);
        back.client().send(new Offer(null, guest.id(), "v=0"));
        assertThat(guest.client().await(Offer.class).from()).isEqualTo(host.id());
    }

    @Test
    void hostNotReturningWithinTheGracePeriodEndsTheMeeting() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);

        host.client().abort();
        guest.client().await(HostReconnecting.class);
        server.advanceAndSweep(Duration.ofSeconds(60));

        assertThat(guest.client().await(MeetingEnded.class).reason()).isEqualTo(EndReason.HOST_TIMED_OUT);
        assertThat(guest.client().awaitClose().code()).isEqualTo(1000);
        assertThat(server.refusal(meeting, "resume=" + host.welcome().resumeToken()))
                .isIn(401, 410);
        awaitTrue(() -> server.ended(meeting));
    }

    @Test
    void aDroppedParticipantResumesWithTheSameIdAndOthersSeeNoLeaveOrJoin() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);
        host.client().await(ParticipantJoined.class);

        guest.client().abort();
        awaitTrue(() -> server.rooms().participantCount(meeting) == 2 && guestIsDisconnected(host, guest));
        Joined back = server.resume(meeting, guest.welcome().resumeToken());
        assertThat(back.id()).isEqualTo(guest.id());

        host.client().send(new Offer(null, guest.id(), "v=0 again"));
        assertThat(back.client().await(Offer.class).sdp()).isEqualTo("v=0 again");
        host.client().roundTrip();
        host.client().assertNoneOf(ParticipantLeft.class);
        assertThat(host.client().received())
                .filteredOn(ParticipantJoined.class::isInstance)
                .hasSize(1);
    }

    @Test
    void aDroppedParticipantWhoDoesNotReturnLeavesTheRosterAfterTheGracePeriod() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);

        guest.client().abort();
        awaitTrue(() -> guestIsDisconnected(host, guest));
        server.advanceAndSweep(Duration.ofSeconds(61));
        assertThat(host.client().await(ParticipantLeft.class))
                .isEqualTo(new ParticipantLeft(guest.id(), LeaveReason.DROPPED));
        assertThat(server.refusal(meeting, "resume=" + guest.welcome().resumeToken()))
                .isEqualTo(401);
    }

    @Test
    void onlyTheHostExpelsAndTheExpelledCannotComeBack() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.joinAs(meeting, "account:7", "Gus", false);
        Joined other = server.join(meeting, "Olga", false);

        other.client().send(new Expel(guest.id()));
        assertThat(other.client().await(Error.class).code()).isEqualTo(SignalErrorCode.NOT_HOST);

        host.client().send(new Expel(guest.id()));
        assertThat(guest.client().await(Expelled.class).message()).isNotBlank();
        assertThat(guest.client().awaitClose().code()).isEqualTo(1000);
        assertThat(other.client().await(ParticipantLeft.class))
                .isEqualTo(new ParticipantLeft(guest.id(), LeaveReason.EXPELLED));
        assertThat(host.client().await(ParticipantLeft.class).reason()).isEqualTo(LeaveReason.EXPELLED);

        assertThat(server.banned(meeting, "account:7")).isTrue();
        assertThat(server.refusal(meeting, "resume=" + guest.welcome().resumeToken()))
                .isEqualTo(401);
        assertThat(server.refusal(meeting, "ticket=" + server.ticket(meeting, "account:7", "Gus", false)))
                .isEqualTo(403);

        host.client().send(new Expel("nobody"));
        assertThat(host.client().await(Error.class).code()).isEqualTo(SignalErrorCode.UNKNOWN_PARTICIPANT);
    }

    @Test
    void cancellingTheMeetingClosesTheRoomAndPresenceListenersHearOfIt() {
        String meeting = server.liveMeeting();
        AtomicInteger changes = new AtomicInteger();
        server.rooms().addChangeListener(changes::incrementAndGet);
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);
        awaitTrue(() -> changes.get() >= 2);

        server.rooms().closeRoom(meeting, "The host cancelled the meeting.");
        assertThat(guest.client().await(MeetingEnded.class).reason()).isEqualTo(EndReason.CANCELLED);
        assertThat(host.client().await(MeetingEnded.class).reason()).isEqualTo(EndReason.CANCELLED);
        assertThat(server.rooms().participantCount(meeting)).isZero();
        assertThat(server.refusal(meeting, "ticket=" + server.ticket(meeting, "guest:late", "Late", false)))
                .isEqualTo(410);
        assertThat(server.ended(meeting)).isFalse();
    }

    private static boolean guestIsDisconnected(Joined host, Joined guest) {
        host.client().send(new Offer(null, guest.id(), "probe"));
        host.client().roundTrip();
        return host.client().received().stream()
                .anyMatch(m -> m instanceof Error e && e.code() == SignalErrorCode.PARTICIPANT_RECONNECTING);
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + RoomClient.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + RoomClient.WAIT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
