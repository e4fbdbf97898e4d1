package dev.coms.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.rooms.MeetingRules;
import dev.coms.server.rooms.RoomSettings;
import dev.coms.server.store.DbSettings;
import dev.coms.server.tickets.Grant;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The signaling server as the benchmark runs it, in its own process: the real {@link ComsServer} (H2 database,
 * Flyway, rooms) where every meeting is live, plus a loopback-only side port that issues join tickets. Prints
 * {@code READY <jvm-uptime-ms>} when both listen.
 *
 * <p>Arguments: {@code <room-port> <ticket-port>}.
 */
public final class BenchmarkServer {

    private BenchmarkServer() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        int ticketPort = Integer.parseInt(args[1]);
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms-bench-").resolve("coms")), "", "", 4);
        var settings = new ServerSettings(URI.create("http://127.0.0.1:" + port), db);
        RoomSettings d = RoomSettings.defaults();
        // Participants here send no keep-alive; a long idle timeout keeps them while 10,000 connect.
        var rooms = new RoomSettings(
                d.grace(),
                d.capacity(),
                d.maxMessageBytes(),
                d.ratePerSecond(),
                d.rateBurst(),
                Duration.ofMinutes(30),
                d.outboundQueueBytes(),
                d.sweepInterval(),
                d.ice());
        ComsServer coms = ComsServer.create(settings, rooms, Clock.systemUTC(), new EveryMeetingLive());
        // The shipped application.yaml (socket options included), on a loopback port of our choosing.
        WebServerConfig.Builder builder = WebServer.builder()
                .config(Config.create().get("server"))
                .host("127.0.0.1")
                .port(port)
                .shutdownHook(false)
                .backlog(4096);
        coms.setup(builder);
        WebServer server = builder.build().start();

        HttpServer tickets = HttpServer.create(new InetSocketAddress("127.0.0.1", ticketPort), 64);
        tickets.createContext("/tickets", exchange -> {
            String meeting = exchange.getRequestURI().getQuery().replace("meeting=", "");
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                var grant = new Grant(meeting, "guest:" + meeting + "-" + i, null, "P" + i, i == 0, "127.0.0.1");
                body.append(coms.tickets().issue(grant).ticket()).append('\n');
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        tickets.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tickets.stop(0);
            coms.rooms().shutdown(Duration.ofSeconds(1));
            server.stop();
            coms.close();
        }));
        System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
    }

    /** Every meeting id names a live open meeting; nobody is banned. */
    private static final class EveryMeetingLive implements MeetingRules {

        @Override
        public Optional<MeetingView> meeting(String id) {
            return Optional.of(new MeetingView(
                    id,
                    MeetingMode.OPEN,
                    "Benchmark " + id,
                    "",
                    "Host",
                    Instant.EPOCH,
                    "UTC",
                    MeetingState.LIVE,
                    0,
                    "",
                    ""));
        }

        @Override
        public void meetingEnded(String meetingId) {}

        @Override
        public void ban(String meetingId, String identityKey) {}

        @Override
        public boolean isBanned(String meetingId, String identityKey) {
            return false;
        }
    }
}
