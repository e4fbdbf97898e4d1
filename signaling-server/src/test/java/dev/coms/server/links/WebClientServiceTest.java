package dev.coms.server.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.server.ComsServer;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.testing.MutableClock;
import dev.coms.server.testing.TestDatabases;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web client's page and modules as a browser receives them; the browser tests live in the client module. */
@ServerTest
class WebClientServiceTest {

    private final URI uri;
    private final HttpClient http = HttpClient.newHttpClient();

    WebClientServiceTest(URI uri) {
        this.uri = uri;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        ComsServer.create(
                        new ServerSettings(
                                MeetingPageServiceTest.PUBLIC_URL,
                                TestDatabases.h2(),
                                MeetingPageServiceTest.DOWNLOADS),
                        new MutableClock(Instant.parse("2030-01-01T10:00:00Z")))
                .setup(server);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theJoinPageLoadsOnlyOwnModulesUnderAStrictPolicy() throws Exception {
        var res = get("/m/k7m2x9q4tp/join");

        assertThat(res.statusCode()).isEqualTo(200);
        String csp = res.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains(
                        "default-src 'none'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "connect-src 'self' ws://" + uri.getAuthority() + " wss://" + uri.getAuthority(),
                        "frame-ancestors 'none'");
        assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(res.body())
                .contains("data-meeting-id=\"k7m2x9q4tp\"")
                .contains("<script type=\"module\" src=\"/web/app.js\"></script>")
                .doesNotContain("style=\"")
                .doesNotContain("onclick");
    }

    @Test
    void everyModuleTheClientImportsIsServedAndNothingElse() throws Exception {
        Pattern imports = Pattern.compile("from '\\./([a-z-]+\\.js)'");
        for (String module : new String[] {"app.js", "room.js", "peer.js", "prejoin.js", "chat.js"}) {
            var res = get("/web/" + module);
            assertThat(res.statusCode()).as(module).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=UTF-8");
            assertThat(res.body()).as(module + " never writes HTML").doesNotContain("innerHTML");
            Matcher m = imports.matcher(res.body());
            while (m.find()) {
                assertThat(get("/web/" + m.group(1)).statusCode())
                        .as(module + " imports " + m.group(1))
                        .isEqualTo(200);
            }
        }
        assertThat(get("/web/web.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=UTF-8");
        assertThat(get("/web/application.yaml").statusCode()).isEqualTo(404);
        assertThat(get("/web/..%2Fapplication.yaml").statusCode()).isEqualTo(404);
    }

    @Test
    void aMalformedMeetingIdGetsTheNotFoundPageWithoutEchoingIt() throws Exception {
        var res = get("/m/%3Cscript%3E/join");

        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).contains("This is not a Coms meeting link").doesNotContain("<script>");
    }

    @Test
    void theInvitationPageOffersTheBrowserBesideTheApp() throws Exception {
        String page = get("/m/k7m2x9q4tp").body();

        assertThat(page)
                .contains("Open in Coms")
                .contains("id=\"join-web\"")
                .contains("href=\"k7m2x9q4tp/join\"")
                .contains("Join in the browser");
    }

    @Test
    void onlyAPlainHostNameBecomesAWebSocketSource() {
        assertThat(WebClientService.webSocketSources("coms.example.org:8443"))
                .isEqualTo(" ws://coms.example.org:8443 wss://coms.example.org:8443");
        assertThat(WebClientService.webSocketSources("evil.org; script-src *")).isEmpty();
        assertThat(WebClientService.webSocketSources("")).isEmpty();
    }
}
