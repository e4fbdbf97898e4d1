package dev.coms.benchmarks.client;

import dev.coms.client.call.RtcRuntime;
import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.JoinRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Client memory: the resident memory of a real client window ({@link WindowClient}, its own process) in a 4-party
 * call, sampled every 10 s for a while (default 10 minutes), with its thread count and Java heap in use. The three
 * other participants are engine-only callers in this process (synthetic 640x360 camera at 15 fps and a tone), so
 * the window receives three video streams and sends one, through the real signaling server.
 *
 * <p>Arguments: {@code [minutes=10]}; the window's JVM options with {@code -Dcoms.bench.window-jvm-args="..."}
 * (e.g. the ones the installers ship). Needs a display (Xvfb). Prints one line per sample and a summary: memory at
 * the start of the measured part (after a minute's warm-up), at the end, and the least-squares slope in MiB/min.
 */
public final class ClientMemory {

    private static final int SAMPLE_SECONDS = 10;

    private ClientMemory() {}

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        OkHttpClient okhttp = new OkHttpClient();
        List<RtcRuntime> runtimes = new ArrayList<>();
        List<Caller> callers = new ArrayList<>();
        Process window = null;
        try (LocalServer server = LocalServer.start()) {
            String hostToken = server.register("Memory host");
            String meetingId = server.startMeeting(hostToken, "Client memory");
            for (int i = 0; i < 3; i++) {
                RtcRuntime rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC);
                runtimes.add(rtc);
                Caller caller = new Caller(rtc, "p" + i, 640, 360, 15);
                callers.add(caller);
                JoinRequest request = i == 0
                        ? new JoinRequest(null, null)
                        : new JoinRequest(null, new GuestIdentity("P" + i, "device-memory-" + i));
                caller.enter(
                        rtc,
                        okhttp,
                        server.base(),
                        meetingId,
                        server.joinTicket(meetingId, request, i == 0 ? hostToken : null));
                Poll.until("p" + i + " joins", () -> caller.id() != null);
            }
            window = startWindow(server, meetingId);
            Poll.until(
                    "the window's video reaches every caller",
                    () -> callers.stream()
                            .allMatch(c -> c.seen.streams.size() == 3
                                    && c.seen.streams.values().stream().allMatch(s -> s.frames > 15)));
            measure(window.pid(), minutes, callers);
        } finally {
            if (window != null) {
                window.destroy();
                window.waitFor(10, TimeUnit.SECONDS);
                window.destroyForcibly();
            }
            for (Caller caller : callers.reversed()) {
                caller.leave();
                caller.close();
            }
            runtimes.forEach(RtcRuntime::close);
            okhttp.dispatcher().executorService().shutdown();
            okhttp.connectionPool().evictAll();
        }
    }

    private static Process startWindow(LocalServer server, String meetingId) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        String jvmArgs = System.getProperty("coms.bench.window-jvm-args", "").trim();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                classPath,
                WindowClient.Main.class.getName(),
                server.base().toString(),
                meetingId));
        System.out.println("window: " + String.join(" ", command.subList(0, command.size() - 4)));
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static void measure(long pid, int minutes, List<Caller> callers) throws Exception {
        System.out.printf(
                Locale.ROOT, "client window pid %d in a call of 4; load average %s%n", pid, Machine.loadAverage());
        System.out.println("   t(s)  RSS(MiB)  threads  heap used(MiB)  window's frames at the callers");
        List<double[]> samples = new ArrayList<>();
        long start = System.nanoTime();
        int total = minutes * 60 / SAMPLE_SECONDS;
        for (int i = 0; i <= total; i++) {
            long due = start + TimeUnit.SECONDS.toNanos((long) i * SAMPLE_SECONDS);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait); // a benchmark's sampling period, not a test's wait
            }
            double t = (System.nanoTime() - start) / 1e9;
            double rss = status(pid, "VmRSS:") / 1024.0;
            double threads = status(pid, "Threads:");
            double heap = heapUsedMiB(pid);
            long frames = callers.stream()
                    .mapToLong(c -> c.seen.streams.values().stream()
                            .mapToLong(s -> s.frames)
                            .min()
                            .orElse(0))
                    .min()
                    .orElse(0);
            samples.add(new double[] {t, rss, heap});
            System.out.printf(Locale.ROOT, "%7.0f  %8.1f  %7.0f  %14.1f  %d%n", t, rss, threads, heap, frames);
        }
        List<double[]> measured = samples.stream().filter(s -> s[0] >= 60).toList();
        double[] first = measured.getFirst();
        double[] last = measured.getLast();
        System.out.printf(
                Locale.ROOT,
                "summary: RSS %.1f MiB at %.0f s → %.1f MiB at %.0f s, slope %.2f MiB/min "
                        + "(heap used %.1f → %.1f MiB); peak RSS %.1f MiB; load average at the end %s%n",
                first[1],
                first[0],
                last[1],
                last[0],
                slope(measured, 1) * 60,
                first[2],
                last[2],
                samples.stream().mapToDouble(s -> s[1]).max().orElse(0),
                Machine.loadAverage());
    }

    /** Least-squares slope of column {@code y} over time, per second. */
    private static double slope(List<double[]> samples, int y) {
        double n = samples.size();
        double mt = samples.stream().mapToDouble(s -> s[0]).sum() / n;
        double my = samples.stream().mapToDouble(s -> s[y]).sum() / n;
        double num = 0;
        double den = 0;
        for (double[] s : samples) {
            num += (s[0] - mt) * (s[y] - my);
            den += (s[0] - mt) * (s[0] - mt);
        }
        return den == 0 ? 0 : num / den;
    }

    private static double status(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** The window's Java heap in use, from {@code jcmd GC.heap_info} ("… used NNNK"), or -1. */
    private static double heapUsedMiB(long pid) {
        try {
            String jcmd = ProcessHandle.current()
                    .info()
                    .command()
                    .map(c -> Path.of(c).resolveSibling("jcmd").toString())
                    .orElse("jcmd");
            Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(10, TimeUnit.SECONDS);
            var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }
}
