package dev.coms.benchmarks.client;

import dev.coms.client.call.RtcRuntime;
import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.JoinRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Mesh load: N participants in one meeting through the real signaling server, all in this process, each with its own
 * {@link RtcRuntime} (as each desktop process has one), each sending a synthetic 640x360 camera at 15 fps and a tone,
 * each writing every remote frame into a display buffer. Once every stream flows, it measures over a window: received
 * fps per stream, freezes (gaps over 500 ms between frames), the process's CPU, Java heap allocation and resident
 * memory.
 *
 * <p>Arguments: {@code [sizes=4,6] [window seconds=30]}. All participants share this machine's cores, unlike a real
 * call where each has its own computer.
 */
public final class MeshLoad {

    private MeshLoad() {}

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "4,6";
        int windowSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        OkHttpClient okhttp = new OkHttpClient();
        try (LocalServer server = LocalServer.start()) {
            for (String size : sizes.split(",")) {
                measure(server, okhttp, Integer.parseInt(size.trim()), windowSeconds);
            }
        } finally {
            okhttp.dispatcher().executorService().shutdown();
            okhttp.connectionPool().evictAll();
        }
    }

    private static void measure(LocalServer server, OkHttpClient okhttp, int size, int windowSeconds) throws Exception {
        List<RtcRuntime> runtimes = new ArrayList<>();
        List<Caller> people = new ArrayList<>();
        double rssBefore = Machine.rssMiB();
        try {
            String hostToken = server.register("Host of " + size);
            String meetingId = server.startMeeting(hostToken, "Mesh of " + size);
            for (int i = 0; i < size; i++) {
                RtcRuntime rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC);
                runtimes.add(rtc);
                Caller caller = new Caller(rtc, "p" + i, 640, 360, 15);
                people.add(caller);
                JoinRequest request = i == 0
                        ? new JoinRequest(null, null)
                        : new JoinRequest(null, new GuestIdentity("P" + i, "device-mesh-" + i));
                caller.enter(
                        rtc,
                        okhttp,
                        server.base(),
                        meetingId,
                        server.joinTicket(meetingId, request, i == 0 ? hostToken : null));
                Poll.until("p" + i + " joins", () -> caller.id() != null);
            }
            for (Caller viewer : people) {
                for (Caller other : people) {
                    if (viewer != other) {
                        Poll.until(
                                "video flows",
                                () -> viewer.seen.streams.containsKey(other.id())
                                        && viewer.seen.stream(other.id()).frames > 15);
                    }
                }
            }
            report(size, windowSeconds, people, rssBefore);
        } finally {
            for (Caller caller : people.reversed()) {
                caller.leave();
                caller.close();
            }
            runtimes.forEach(RtcRuntime::close);
        }
    }

    private static void report(int size, int windowSeconds, List<Caller> people, double rssBefore)
            throws InterruptedException {
        List<DisplayListener.Stream> streams =
                people.stream().flatMap(p -> p.seen.streams.values().stream()).toList();
        String loadBefore = Machine.loadAverage();
        long[] frames0 = streams.stream().mapToLong(s -> s.frames).toArray();
        streams.forEach(DisplayListener.Stream::resetGaps);
        long cpu0 = Machine.cpuNanos();
        long heap0 = Machine.heapAllocatedBytes();
        long wall0 = System.nanoTime();
        Thread.sleep(windowSeconds * 1000L); // the measuring window: frames arrive meanwhile
        long wall = System.nanoTime() - wall0;
        double cores = (Machine.cpuNanos() - cpu0) / (double) wall;
        double heapMiBPerSecond = (Machine.heapAllocatedBytes() - heap0) / (wall / 1e9) / (1 << 20);
        List<Double> fps = new ArrayList<>();
        long freezes = 0;
        long maxGap = 0;
        for (int i = 0; i < streams.size(); i++) {
            DisplayListener.Stream s = streams.get(i);
            fps.add((s.frames - frames0[i]) / (wall / 1e9));
            long tail = System.nanoTime() - s.lastNanos;
            freezes += s.freezes + (tail > DisplayListener.FREEZE_NANOS ? 1 : 0);
            maxGap = Math.max(maxGap, Math.max(s.maxGapNanos, tail));
        }
        System.out.printf(
                Locale.ROOT,
                "mesh of %d (%d streams, %d s, load average %s → %s): received fps per stream "
                        + "min %.1f / median %.1f / max %.1f; freezes (> 500 ms) %d, longest gap %d ms; CPU %.2f cores; "
                        + "Java heap allocation %.2f MiB/s; RSS %.0f MiB (%.0f MiB before the call)%n",
                size,
                streams.size(),
                windowSeconds,
                loadBefore,
                Machine.loadAverage(),
                Stats.percentile(fps, 0),
                Stats.percentile(fps, 50),
                Stats.percentile(fps, 100),
                freezes,
                maxGap / 1_000_000,
                cores,
                heapMiBPerSecond,
                Machine.rssMiB(),
                rssBefore);
        System.out.println("  received sizes: "
                + streams.stream().map(s -> s.width + "x" + s.height).distinct().toList());
        System.out.println("  fps per stream: "
                + fps.stream().map(f -> String.format(Locale.ROOT, "%.1f", f)).toList());
    }
}
