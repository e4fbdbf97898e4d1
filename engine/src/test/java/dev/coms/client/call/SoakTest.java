package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.testing.Await;
import dev.coms.client.call.testing.InJvmRoom;
import dev.coms.client.call.testing.TestParticipant;
import dev.coms.protocol.peer.TrackKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Many joins and leaves must not grow the process: every native object is released. Runs in its own JVM with a
 * fixed, pre-touched heap (see the client POM's {@code soak} execution) so that RSS changes are native memory.
 */
class SoakTest {

    private static final int ROUNDS = Integer.getInteger("coms.soak.rounds", 32);
    private static final int WARM_UP = 12; // JIT, code cache and malloc arenas settle first
    /** Measured 0.5-1 MB per round (two peer connections the binding never fully frees); connections left open: ~11 MB. */
    private static final long ALLOWED_GROWTH_KB_PER_ROUND = 2048;

    @Test
    void repeatedJoinsAndLeavesKeepNativeMemoryBounded() throws Exception {
        try (RtcRuntime rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC)) {
            InJvmRoom room = new InJvmRoom();
            try (TestParticipant host = new TestParticipant(rtc, room, "host", true).join()) {
                List<Long> rss = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    if (round >= WARM_UP) {
                        rss.add(rssKb());
                    }
                    try (TestParticipant guest = new TestParticipant(rtc, room, "guest" + round, false).join()) {
                        MeshCallTest.awaitVideoAdvancing(host, guest, TrackKind.CAMERA);
                        MeshCallTest.awaitVideoAdvancing(guest, host, TrackKind.CAMERA);
                        guest.session.sendChat("round " + round).get();
                        int expected = round + 1;
                        Await.until(
                                "host reads round " + round,
                                Duration.ofSeconds(10),
                                () -> host.seen.chat.size() == expected);
                    }
                    String left = "guest" + round;
                    Await.until(
                            "host drops " + left,
                            Duration.ofSeconds(10),
                            () -> !host.session.connectedPeers().join().contains(left));
                }
                double slope = slopeKbPerRound(rss);
                System.out.printf(
                        "Soak: RSS %d -> %d KB over %d join/leave rounds, trend %.0f KB per round%n",
                        rss.getFirst(), rss.getLast(), rss.size(), slope);
                assertThat(slope).isLessThan(ALLOWED_GROWTH_KB_PER_ROUND);
                assertThat(host.seen.chat).hasSize(ROUNDS);
            }
        }
    }

    /** Least-squares slope of the samples: robust against one noisy reading. */
    static double slopeKbPerRound(List<Long> samples) {
        int n = samples.size();
        double meanX = (n - 1) / 2.0;
        double meanY = samples.stream().mapToLong(Long::longValue).average().orElseThrow();
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (samples.get(i) - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return num / den;
    }

    static long rssKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
    }
}
