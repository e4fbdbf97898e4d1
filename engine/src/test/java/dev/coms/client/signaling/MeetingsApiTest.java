package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MeetingsApi against a real Coms server on loopback. */
class MeetingsApiTest {

    private static final Duration SERVER_AHEAD = Duration.ofHours(1);

    private ComsServer coms;
    private WebServer server;
    private MeetingsApi api;

    @BeforeEach
    void start() throws Exception {
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 2);
        coms = ComsServer.create(
                new ServerSettings(URI.create("http://localhost"), db), Clock.offset(Clock.systemUTC(), SERVER_AHEAD));
        WebServerConfig.Builder builder = WebServer.builder().port(0).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
        api = new MeetingsApi(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        coms.close();
    }

    @Test
    void clientReachesARealServerAndReadsItsClock() {
        assertThat(api.serverTime().serverTime())
                .isAfter(Instant.now().plus(SERVER_AHEAD).minusSeconds(5));
    }

    @Test
    void countdownClockIsCorrectedByTheServersClock() {
        assertThat(Duration.between(Instant.now(), api.serverClock().instant())).isLessThan(Duration.ofSeconds(2));
        api.serverTime();
        Duration offset = Duration.between(Instant.now(), api.serverClock().instant());
        assertThat(offset).isBetween(SERVER_AHEAD.minusSeconds(2), SERVER_AHEAD.plusSeconds(2));
    }

    @Test
    void aFailedRequestIsOneSentenceWithoutTechnicalDetail() {
        assertThatThrownBy(() -> api.cancel("nope1234")).isInstanceOfSatisfying(ComsApiException.class, e -> {
            assertThat(e.status()).isBetween(400, 599);
            assertThat(e.getMessage()).endsWith(".").doesNotContain("Exception").doesNotContain("\n");
        });
    }

    @Test
    void unreachableServerSaysSo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MeetingsApi nowhere = new MeetingsApi(URI.create("http://127.0.0.1:" + closedPort));
        assertThatThrownBy(nowhere::serverTime)
                .isInstanceOfSatisfying(
                        ComsApiException.class,
                        e -> assertThat(e.isUnreachable()).isTrue());
    }

    @Test
    void openMeetingsFeedReportsALostConnectionInsteadOfHanging() throws Exception {
        CountDownLatch lost = new CountDownLatch(1);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (AutoCloseable _ = new MeetingsApi(URI.create("http://127.0.0.1:" + closedPort))
                .watchOpenMeetings(update -> {}, lost::countDown)) {
            assertThat(lost.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
