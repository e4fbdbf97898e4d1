package dev.coms.client.call;

import dev.coms.client.call.testing.Await;
import dev.coms.client.call.testing.InJvmRoom;
import dev.coms.client.call.testing.TestParticipant;
import dev.coms.protocol.peer.TrackKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (run with {@code -Dtest=MeshBenchmark}): first-frame latency and CPU of a full mesh in
 * one JVM, every participant sending a 320x240@15 test pattern and a tone. Set {@code -Dcoms.mesh.size=8};
 * {@code -Dcoms.mesh.separateFactories=true} gives each participant its own factory, as in production.
 */
class MeshBenchmark {

    @Test
    void measure() throws Exception {
        int size = Integer.getInteger("coms.mesh.size", 3);
        boolean separate = Boolean.getBoolean("coms.mesh.separateFactories"); // one per participant, as in production
        List<TestParticipant> people = new ArrayList<>();
        List<RtcRuntime> runtimes = new ArrayList<>();
        try (RtcRuntime rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC)) {
            InJvmRoom room = new InJvmRoom();
            try {
                List<Long> firstFrameMillis = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    RtcRuntime own = separate ? RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC) : rtc;
                    if (separate) {
                        runtimes.add(own);
                    }
                    TestParticipant newcomer = new TestParticipant(own, room, "p" + i, i == 0);
                    people.add(newcomer);
                    long joined = System.nanoTime();
                    newcomer.join();
                    for (TestParticipant other : people) {
                        if (other != newcomer) {
                            var stream = newcomer.from(other, TrackKind.CAMERA);
                            Await.until("first frame", Duration.ofSeconds(60), () -> stream.firstFrameNanos != 0);
                            firstFrameMillis.add((stream.firstFrameNanos - joined) / 1_000_000);
                        }
                    }
                }
                for (TestParticipant viewer : people) {
                    for (TestParticipant other : people) {
                        if (viewer != other) {
                            MeshCallTest.awaitVideoAdvancing(viewer, other, TrackKind.CAMERA);
                        }
                    }
                }
                Duration cpu0 =
                        ProcessHandle.current().info().totalCpuDuration().orElseThrow();
                long wall0 = System.nanoTime();
                long frames0 = people.stream()
                        .flatMap(p -> p.seen.streams.values().stream())
                        .mapToLong(s -> s.frames.get())
                        .sum();
                Await.settles("nothing", Duration.ofSeconds(30), Duration.ofSeconds(5), 1, () -> 0);
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cores = (ProcessHandle.current()
                                        .info()
                                        .totalCpuDuration()
                                        .orElseThrow()
                                        .minus(cpu0)
                                        .toNanos()
                                / 1e9)
                        / wall;
                long frames = people.stream()
                                .flatMap(p -> p.seen.streams.values().stream())
                                .mapToLong(s -> s.frames.get())
                                .sum()
                        - frames0;
                int streams = size * (size - 1);
                System.out.printf(
                        "Mesh of %d: first frame after join (ms) %s; %.2f cores; %.1f fps per stream "
                                + "(%d streams)%n",
                        size, firstFrameMillis, cores, frames / wall / streams, streams);
            } finally {
                for (TestParticipant p : people) {
                    p.close();
                    System.out.println("closed " + p.id);
                }
                System.out.println("all closed; disposing the factory");
                runtimes.forEach(RtcRuntime::close);
            }
        }
    }
}
