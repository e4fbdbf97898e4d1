package dev.coms.server.rooms;

import static dev.coms.server.rooms.HostRulesTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage.Candidate;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.ParticipantJoined;
import dev.coms.protocol.signal.SignalMessage.ParticipantLeft;
import dev.coms.server.rooms.RoomTestServer.Joined;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A participant who stops reading is dropped alone; the others keep talking at full speed. */
class SlowReceiverTest {

    static RoomTestServer server;

    @BeforeAll
    static void start() {
        server = new RoomTestServer(RoomTestServer.settings().withLimits(64 * 1024, 10_000, 10_000, 64 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aParticipantWhoStopsReadingIsDroppedAndNoOneElseIsSlowedDown() throws Exception {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined other = server.join(meeting, "Olga", false);
        Joined third = server.join(meeting, "Tom", false);
        Joined fourth = server.join(meeting, "Uma", false);
        String ticket = server.ticket(meeting, "guest:slow", "Slow", false);
        try (RawWsClient _ = new RawWsClient(server.port(), "/ws/rooms/" + meeting + "?ticket=" + ticket)) {
            String slowId = joinedNamed(host, "Slow");
            String sdp = "v=0 " + "s".repeat(20_000);
            boolean dropped = false;
            for (int i = 0; i < 2_000 && !dropped; i++) {
                // No one sender may fill someone's queue; several together (a real slow reader) can.
                Joined sender = switch (i % 3) {
                    case 0 -> host;
                    case 1 -> third;
                    default -> fourth;
                };
                sender.client().send(new Offer(null, slowId, sdp));
                if (i % 20 == 19) {
                    dropped = reconnecting(host, slowId);
                }
            }
            assertThat(dropped).as("the slow reader was dropped").isTrue();

            long start = System.nanoTime();
            host.client().send(new Offer(null, other.id(), "v=0 fast"));
            assertThat(other.client().await(Offer.class).sdp()).isEqualTo("v=0 fast");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

            server.advanceAndSweep(Duration.ofSeconds(61));
            assertThat(other.client().await(ParticipantLeft.class))
                    .isEqualTo(new ParticipantLeft(slowId, LeaveReason.DROPPED));
            awaitTrue(() -> server.rooms().participantCount(meeting) == 4);
        }
    }

    @Test
    void oneSenderCannotGetSomeoneElseDroppedByFloodingThem() throws Exception {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined attacker = server.join(meeting, "Mallory", false);
        String ticket = server.ticket(meeting, "guest:victim", "Victim", false);
        try (RawWsClient _ = new RawWsClient(server.port(), "/ws/rooms/" + meeting + "?ticket=" + ticket)) {
            String victimId = joinedNamed(host, "Victim");
            joinedNamed(attacker, "Victim");
            String sdp = "v=0 " + "a".repeat(20_000);
            for (int i = 0; i < 190; i++) {
                attacker.client().send(new Offer(null, victimId, sdp));
            }
            attacker.client().roundTrip();
            assertThat(attacker.client().received())
                    .anyMatch(m -> m instanceof Error e && e.code() == SignalErrorCode.SLOW_DOWN);
            assertThat(reconnecting(host, victimId))
                    .as("the victim is still connected")
                    .isFalse();
            assertThat(server.rooms().participantCount(meeting)).isEqualTo(3);
        }
    }

    @Test
    void oversizedSdpsAndCandidatesAreNotRelayed() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);
        host.client().send(new Offer(null, guest.id(), "v=0 " + "x".repeat(21_000)));
        assertThat(host.client().await(Error.class).code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        host.client().send(new Candidate(null, guest.id(), "0", 0, "candidate:" + "x".repeat(2_000)));
        assertThat(host.client().await(Error.class).code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        host.client().send(new Offer(null, guest.id(), "v=0 fine"));
        assertThat(guest.client().await(Offer.class).sdp()).isEqualTo("v=0 fine");
    }

    private static boolean reconnecting(Joined host, String slowId) {
        host.client().send(new Offer(null, slowId, "probe"));
        host.client().roundTrip();
        return host.client().received().stream()
                .anyMatch(m -> m instanceof Error e && e.code() == SignalErrorCode.PARTICIPANT_RECONNECTING);
    }

    private static String joinedNamed(Joined observer, String name) {
        while (true) {
            var participant = observer.client().await(ParticipantJoined.class).participant();
            if (participant.displayName().equals(name)) {
                return participant.id();
            }
        }
    }
}
