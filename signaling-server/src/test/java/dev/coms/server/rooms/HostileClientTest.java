package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.Ping;
import dev.coms.server.rooms.RoomTestServer.Joined;
import dev.coms.server.testing.RoomClient;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad, oversized and flooding input: typed errors or the right close code, and no harm to anyone else. */
class HostileClientTest {

    static final int MAX_BYTES = 16 * 1024;
    static RoomTestServer server;

    @BeforeAll
    static void start() {
        server = new RoomTestServer(RoomTestServer.settings().withLimits(MAX_BYTES, 50, 100, 1024 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void badMessagesGetTypedErrorsAndTheConnectionGoesOn() {
        String meeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        Joined b = server.join(meeting, "Bob", false);

        a.client().sendText("{not json");
        assertThat(a.client().await(Error.class).code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        a.client().sendText("{\"type\":\"take-over\"}");
        assertThat(a.client().await(Error.class).code()).isEqualTo(SignalErrorCode.UNKNOWN_TYPE);
        a.client().sendText("[1,2,3]");
        assertThat(a.client().await(Error.class).code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        a.client().sendText("null");
        assertThat(a.client().await(Error.class).code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        a.client().sendText("{\"type\":\"offer\",\"sdp\":\"v=0\"}");
        Error missingTo = a.client().await(Error.class);
        assertThat(missingTo.code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        assertThat(missingTo.ref()).isEqualTo("offer");
        a.client().sendText("{\"type\":\"meeting-ended\",\"reason\":\"HOST_LEFT\"}");
        Error serverOnly = a.client().await(Error.class);
        assertThat(serverOnly.code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        assertThat(serverOnly.ref()).isEqualTo("meeting-ended");

        a.client().roundTrip();
        a.client().send(new Offer(null, b.id(), "v=0 still fine"));
        assertThat(b.client().await(Offer.class).sdp()).isEqualTo("v=0 still fine");
        assertThat(a.client().received()).noneMatch(m -> m.toString().contains("Exception"));
    }

    @Test
    void aMessageLargerThanTheCapClosesTheSocketWith1009() {
        String meeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        Joined b = server.join(meeting, "Bob", false);

        a.client().sendText(RoomClient.write(new Offer(null, b.id(), "x".repeat(MAX_BYTES))));
        assertThat(a.client().awaitClose().code()).isEqualTo(1009);
        b.client().roundTrip();
        b.client().assertNoneOf(Offer.class);
    }

    @Test
    void fragmentsAreAssembledAndTheCapCountsAllOfThem() {
        String meeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        Joined b = server.join(meeting, "Bob", false);

        String sdp = "v=0 " + "s".repeat(10_000);
        String whole = RoomClient.write(new Offer(null, b.id(), sdp));
        int third = whole.length() / 3;
        a.client().sendFragment(whole.substring(0, third), false);
        a.client().sendFragment(whole.substring(third, 2 * third), false);
        a.client().sendFragment(whole.substring(2 * third), true);
        assertThat(b.client().await(Offer.class).sdp()).isEqualTo(sdp);

        String chunk = "y".repeat(MAX_BYTES / 3 + 10);
        a.client().sendFragment("{\"type\":\"offer\",\"sdp\":\"" + chunk, false);
        a.client().sendFragment(chunk, false);
        a.client().sendFragment(chunk, false);
        assertThat(a.client().awaitClose().code()).isEqualTo(1009);
    }

    @Test
    void aFloodIsClosedWith1008WhileHonestParticipantsRelayWithoutDelay() throws Exception {
        String meeting = server.liveMeeting();
        Joined flooder = server.join(meeting, "Flo", false);
        Joined a = server.join(meeting, "Ada", true);
        Joined b = server.join(meeting, "Bob", false);

        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 5_000 && !flooder.client().isClosed(); i++) {
                    flooder.client().send(new Offer(null, b.id(), "flood " + i));
                }
            } catch (RuntimeException closedUnderUs) {
                // the server closed the socket mid-flood, as it should
            }
        });
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            a.client().send(new Offer(null, b.id(), "honest " + i));
            while (!(b.client().await(Offer.class).sdp().equals("honest " + i))) {
                // skip flood offers that got through before the limit
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(flooder.client().awaitClose().code()).isEqualTo(1008);
        flood.get();
        assertThat(millis).allMatch(ms -> ms < 2_000);
        assertThat(b.client().received().stream()
                        .filter(m -> m instanceof Offer o && o.sdp().startsWith("flood")))
                .hasSizeLessThanOrEqualTo(100);
        a.client().roundTrip();
    }

    @Test
    void theRateLimitRefillsSoAnHonestLongMeetingIsNeverCutOff() {
        String meeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 45; i++) {
                a.client().send(new Ping(i));
            }
            a.client().roundTrip();
            server.clock.advance(java.time.Duration.ofSeconds(1));
        }
        assertThat(a.client().isClosed()).isFalse();
    }

    @Test
    void binaryFramesAreRefusedWithATypedError() {
        String meeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        a.client().sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertThat(a.client().await(Error.class).code()).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        a.client().send(new Ping(7));
        a.client().roundTrip();
    }
}
