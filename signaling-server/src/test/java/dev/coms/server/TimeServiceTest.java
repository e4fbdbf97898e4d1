package dev.coms.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.testing.MutableClock;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.testing.TestDatabases;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@ServerTest
class TimeServiceTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));

    private final URI uri;
    private final HttpClient http = HttpClient.newHttpClient();

    TimeServiceTest(URI uri) {
        this.uri = uri;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        ComsServer.create(new ServerSettings(URI.create("http://localhost"), TestDatabases.h2()), CLOCK)
                .setup(server);
    }

    @Test
    void timeEndpointReportsTheServersClockSoClientsCanCorrectTheirCountdowns() throws Exception {
        var res = http.send(
                HttpRequest.newBuilder(uri.resolve("/api/time")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("\"serverTime\":\"2030-01-01T10:00:00Z\"");
        assertThat(res.headers().firstValue("X-Server-Time"))
                .hasValue(Long.toString(Instant.parse("2030-01-01T10:00:00Z").toEpochMilli()));
    }

    @Test
    void unknownPathGetsA404NotAStackTrace() throws Exception {
        var res = http.send(
                HttpRequest.newBuilder(uri.resolve("/api/nothing-here")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).doesNotContain("Exception").doesNotContain("at io.helidon");
    }
}
