package dev.coms.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the signaling server on this machine, loopback only: start-up time, resident memory per connected
 * participant and one-way relay latency (offer from one participant to another in the same room, p50/p99) at
 * 1,000 and 10,000 participants (rooms of 8). Starts a fresh {@link BenchmarkServer} process per size, runs bounded
 * loops and stops by itself. Needs about 2 file descriptors per participant ({@code ulimit -n}).
 *
 * <p>Arguments (optional): participant counts, default {@code 1000 10000}. JVM options for the server process:
 * {@code -Dcoms.bench.server-jvm-args="-Xmx1g -Xlog:gc:file=gc.log"}. To keep the load generator (this process)
 * and the server off each other's cores: {@code taskset -c 1 java -Dcoms.bench.server-cpus=0 ...}.
 */
public final class RoomBenchmark {

    private static final int ROOM_SIZE = 8;
    private static final int WARM_UP_RELAYS = 5_000;
    private static final int MEASURED_RELAYS = 20_000;
    private static final int RELAYS_PER_SECOND = 2_000;

    private RoomBenchmark() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(
                Locale.ROOT,
                "Machine: %d cores, %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                memTotal(),
                Runtime.version());
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int participants) throws Exception {
        int port = freePort();
        int ticketPort = freePort();
        long launched = System.nanoTime();
        List<String> command = new ArrayList<>();
        String cpus = System.getProperty("coms.bench.server-cpus", "").strip();
        if (!cpus.isEmpty()) {
            command.addAll(List.of("taskset", "-c", cpus)); // the server on its own core(s)
        }
        command.add(javaBinary());
        String jvmArgs = System.getProperty("coms.bench.server-jvm-args", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BenchmarkServer.class.getName(),
                Integer.toString(port),
                Integer.toString(ticketPort)));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader serverOut =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String ready = awaitReady(serverOut);
            double startMs = (System.nanoTime() - launched) / 1e6;
            Thread.ofVirtual().start(() -> drain(serverOut));
            long rssIdle = rssKb(server.pid());
            fullGc(server.pid());
            long rssIdleGc = rssKb(server.pid());
            System.out.printf(
                    Locale.ROOT, "%n== %,d participants (%,d rooms) ==%n", participants, participants / ROOM_SIZE);
            System.out.printf(
                    Locale.ROOT,
                    "start-up: %.0f ms from launch to listening (JVM uptime at ready %s ms)," + " idle RSS %,d KB%n",
                    startMs,
                    ready,
                    rssIdle);
            try (Load load = Load.connect(port, ticketPort, participants)) {
                Thread.sleep(3_000);
                long rssLoaded = rssKb(server.pid());
                System.out.printf(
                        Locale.ROOT,
                        "connected %,d in %.1f s; RSS %,d KB; %.1f KB per participant%n",
                        participants,
                        load.connectSeconds,
                        rssLoaded,
                        (rssLoaded - rssIdle) / (double) participants);
                fullGc(server.pid());
                long rssLoadedGc = rssKb(server.pid());
                System.out.printf(
                        Locale.ROOT,
                        "after a full GC in both states: RSS %,d -> %,d KB; %.1f KB per" + " participant%n",
                        rssIdleGc,
                        rssLoadedGc,
                        (rssLoadedGc - rssIdleGc) / (double) participants);
                load.relay(WARM_UP_RELAYS);
                long[] latencies = load.relay(MEASURED_RELAYS);
                System.out.printf(
                        Locale.ROOT,
                        "relay one-way latency over %,d offers at %,d/s: p50 %.3f ms,"
                                + " p99 %.3f ms, max %.3f ms (lost %d)%n",
                        MEASURED_RELAYS,
                        RELAYS_PER_SECOND,
                        pct(latencies, 50),
                        pct(latencies, 99),
                        pct(latencies, 100),
                        MEASURED_RELAYS - latencies.length);
                System.out.printf(Locale.ROOT, "RSS after relays %,d KB%n", rssKb(server.pid()));
            }
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** All participants of one run: their sockets, reader threads and the latencies they record. */
    private static final class Load implements AutoCloseable {
        final List<Room> rooms = new ArrayList<>();
        final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
        volatile long[] sink = new long[0];
        final AtomicInteger received = new AtomicInteger();
        double connectSeconds;

        record Room(List<BenchSocket> sockets, List<String> ids) {}

        static Load connect(int port, int ticketPort, int participants) throws Exception {
            Load load = new Load();
            long start = System.nanoTime();
            HttpClient http = HttpClient.newHttpClient();
            try (ExecutorService joiners = Executors.newFixedThreadPool(16)) {
                List<Future<Room>> rooms = new ArrayList<>();
                for (int r = 0; r < participants / ROOM_SIZE; r++) {
                    String meeting = "bench-" + r;
                    rooms.add(joiners.submit(() -> load.joinRoom(http, port, ticketPort, meeting)));
                }
                for (Future<Room> room : rooms) {
                    load.rooms.add(room.get());
                }
            }
            load.connectSeconds = (System.nanoTime() - start) / 1e9;
            return load;
        }

        Room joinRoom(HttpClient http, int port, int ticketPort, String meeting) throws Exception {
            String body = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://127.0.0.1:" + ticketPort + "/tickets?meeting=" + meeting))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            List<BenchSocket> sockets = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (String ticket : body.strip().split("\n")) {
                BenchSocket socket = new BenchSocket(port, "/ws/rooms/" + meeting + "?ticket=" + ticket);
                String welcome = socket.readText();
                ids.add(field(welcome, "participantId"));
                sockets.add(socket);
                readers.execute(() -> read(socket));
            }
            return new Room(sockets, ids);
        }

        void read(BenchSocket socket) {
            try {
                for (String text = socket.readText(); text != null; text = socket.readText()) {
                    if (text.startsWith("{\"type\":\"offer\"")) {
                        long sent = Long.parseLong(field(text, "sdp"));
                        long[] into = sink;
                        int i = received.getAndIncrement();
                        if (i < into.length) {
                            into[i] = System.nanoTime() - sent;
                        }
                    }
                }
            } catch (IOException e) {
                // closed at the end of the run
            }
        }

        /** Sends {@code count} offers at a steady pace, each to another member of a room; returns the latencies. */
        long[] relay(int count) throws Exception {
            sink = new long[count];
            received.set(0);
            long interval = TimeUnit.SECONDS.toNanos(1) / RELAYS_PER_SECOND;
            long next = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Room room = rooms.get(i % rooms.size());
                int from = (i / rooms.size()) % ROOM_SIZE;
                int to = (from + 1 + i % (ROOM_SIZE - 1)) % ROOM_SIZE;
                next += interval;
                LockSupport.parkNanos(next - System.nanoTime());
                room.sockets
                        .get(from)
                        .send("{\"type\":\"offer\",\"to\":\"" + room.ids.get(to) + "\",\"sdp\":\"" + System.nanoTime()
                                + "\"}");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            long[] got = Arrays.copyOf(sink, Math.min(received.get(), count));
            Arrays.sort(got);
            return got;
        }

        @Override
        public void close() throws IOException {
            for (Room room : rooms) {
                for (BenchSocket socket : room.sockets) {
                    socket.close();
                }
            }
            readers.shutdownNow();
        }
    }

    private static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key) + key.length();
        return json.substring(start, json.indexOf('"', start));
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void drain(BufferedReader serverOut) {
        try {
            while (serverOut.readLine() != null) {
                // the server's log is not part of the results
            }
        } catch (IOException e) {
            // the server process ended
        }
    }

    private static String awaitReady(BufferedReader out) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("READY ")) {
                return line.substring(6);
            }
        }
        throw new IOException("The benchmark server exited before it was ready");
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("No VmRSS for process " + pid + " (Linux only)");
    }

    /** Asks the server JVM for a full collection ({@code jcmd <pid> GC.run}), so RSS shows live data, not garbage. */
    private static void fullGc(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(javaBinary()).resolveSibling("jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.waitFor(60, TimeUnit.SECONDS);
        Thread.sleep(1_000);
    }

    private static String memTotal() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return String.format(
                        Locale.ROOT, "%.0f GiB RAM", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        return "unknown RAM";
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
