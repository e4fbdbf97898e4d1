package dev.coms.server.rooms;

import dev.coms.protocol.signal.SignalErrorCode;
import static dev.coms.server.rooms.HostRulesTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.SignalMessage.Candidate;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.LeaveReason;
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
        String ticket = server.ticket(meeting, "guest:slow", "Slow", false);
        try (RawWsClient slow = new RawWsClient(server.port(), "/ws/rooms/" + meeting + "?ticket=" + ticket)) {
            String slowId = joinedNamed(host, "Slow");
            String payload = "c".repeat(60_000);
            boolean dropped = false;
            for (int i = 0; i < 2_000 && !dropped; i++) {
                host.client().send(new Candidate(null, slowId, "0", 0, payload));
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
            awaitTrue(() -> server.rooms().participantCount(meeting) == 2);
        }
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
