package dev.coms.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.signaling.MeetingsApi;
import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.config.ServerSettings.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class MeetingsApiTest {

    @Test
    void clientReachesARealServerAndReadsItsClock() throws Exception {
        var db = new DbSettings(DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 2);
        try (ComsServer coms = ComsServer.create(new ServerSettings(URI.create("http://localhost"), db),
                Clock.systemUTC())) {
            WebServerConfig.Builder builder = WebServer.builder().port(0).host("127.0.0.1");
            coms.setup(builder);
            WebServer server = builder.build().start();
            try {
                var api = new MeetingsApi(URI.create("http://127.0.0.1:" + server.port()));
                assertThat(api.serverTime().serverTime()).isNotNull();
            } finally {
                server.stop();
            }
        }
    }
}
