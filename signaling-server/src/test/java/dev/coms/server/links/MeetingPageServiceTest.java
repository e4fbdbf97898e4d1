package dev.coms.server.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.InviteLink;
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
import org.junit.jupiter.api.Test;

@ServerTest
class MeetingPageServiceTest {

    static final URI PUBLIC_URL = URI.create("https://coms.example.org");
    static final URI DOWNLOADS = URI.create("https://downloads.example.org/coms/?channel=stable&os=any");

    private final URI uri;
    private final HttpClient http = HttpClient.newHttpClient();

    MeetingPageServiceTest(URI uri) {
        this.uri = uri;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        ComsServer.create(
                        new ServerSettings(PUBLIC_URL, TestDatabases.h2(), DOWNLOADS),
                        new MutableClock(Instant.parse("2030-01-01T10:00:00Z")))
                .setup(server);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anInvitationLinkOpensAPageThatOpensTheMeetingInTheApp() throws Exception {
        var res = get("/m/k7m2x9q4tp");

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String appLink = new InviteLink(PUBLIC_URL, "k7m2x9q4tp", null).app(false);
        assertThat(appLink).isEqualTo("coms://meeting/k7m2x9q4tp?server=https%3A%2F%2Fcoms.example.org");
        assertThat(res.body())
                .contains("data-app-link=\"" + appLink + "\"")
                .contains("href=\"" + appLink + "\"")
                .contains("data-api=\"../api/meetings/k7m2x9q4tp\"")
                .contains("https://coms.example.org/m/k7m2x9q4tp")
                .contains("<script src=\"../assets/meeting-page.js\"></script>");
    }

    @Test
    void theDownloadsAddressIsConfigurableAndEscaped() throws Exception {
        assertThat(get("/m/k7m2x9q4tp").body())
                .contains("href=\"https://downloads.example.org/coms/?channel=stable&amp;os=any\"");
    }

    @Test
    void thePageRunsOnlyItsOwnScript() throws Exception {
        var res = get("/m/k7m2x9q4tp");
        assertThat(res.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("default-src 'none'").contains("script-src 'self'"));
        assertThat(res.body()).doesNotContain("<script>").doesNotContain("onclick");
    }

    @Test
    void aMalformedMeetingIdGetsANotFoundPageThatDoesNotEchoIt() throws Exception {
        var res = get("/m/%3Cscript%3Ealert(1)");

        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body())
                .contains("This is not a Coms meeting link")
                .doesNotContain("alert(1)")
                .doesNotContain("Exception");
        var nested = get("/m/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(nested.statusCode()).isEqualTo(404);
        assertThat(nested.body()).doesNotContain("alert(1)").doesNotContain("Exception");
    }

    @Test
    void thePagesScriptAndStyleAreServedAndNothingElseFromAssets() throws Exception {
        var script = get("/assets/meeting-page.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=UTF-8");
        assertThat(script.body()).contains("textContent").doesNotContain("innerHTML");

        assertThat(get("/assets/meeting-page.css").statusCode()).isEqualTo(200);
        assertThat(get("/assets/application.yaml").statusCode()).isEqualTo(404);
        assertThat(get("/assets/..%2Fapplication.yaml").statusCode()).isEqualTo(404);
    }

    @Test
    void textPutIntoThePageIsEscaped() {
        assertThat(Html.escape("<b onclick='x'>\"Tom & Jerry\"</b>"))
                .isEqualTo("&lt;b onclick=&#39;x&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;");
    }
}
