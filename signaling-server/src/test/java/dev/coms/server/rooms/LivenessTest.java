package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.server.rooms.RoomTestServer.Joined;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Silent connections are dropped after the idle timeout; Ping messages and ping frames keep one alive. */
class LivenessTest {

    RoomTestServer server;

    @BeforeEach
    void start() {
        RoomSettings d = RoomSettings.defaults();
        server = new RoomTestServer(new RoomSettings(
                d.grace(),
                d.capacity(),
                d.maxMessageBytes(),
                d.ratePerSecond(),
                d.rateBurst(),
                Duration.ofSeconds(40),
                d.outboundQueueBytes(),
                Duration.ofHours(1),
                d.ice()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSilentConnectionIsDroppedWhilePingingOnesStay() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined pinger = server.join(meeting, "Pia", false);
        Joined silent = server.join(meeting, "Sid", false);

        server.advanceAndSweep(Duration.ofSeconds(30));
        host.client().roundTrip();
        pinger.client().sendPingFrame();
        host.client().roundTrip();
        server.advanceAndSweep(Duration.ofSeconds(11));

        assertThat(silent.client().awaitClose().code()).isEqualTo(1006);
        host.client().send(new Offer(null, silent.id(), "v=0"));
        assertThat(host.client().await(Error.class).code()).isEqualTo(SignalErrorCode.PARTICIPANT_RECONNECTING);
        host.client().send(new Offer(null, pinger.id(), "v=0"));
        assertThat(pinger.client().await(Offer.class).from()).isEqualTo(host.id());
        assertThat(host.client().isClosed()).isFalse();
    }

    @Test
    void shutdownClosesEveryRoomConnectionWithGoingAway() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined guest = server.join(meeting, "Gus", false);

        server.rooms().shutdown(Duration.ofSeconds(2));
        assertThat(host.client().awaitClose().code()).isEqualTo(1001);
        assertThat(guest.client().awaitClose().code()).isEqualTo(1001);

        // The host's client answers the close; a restart must not end the stored meeting.
        long deadline = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.ended(meeting)).isFalse();
            Thread.onSpinWait();
        }
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(2);
    }
}
