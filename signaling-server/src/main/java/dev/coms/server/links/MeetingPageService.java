package dev.coms.server.links;

import dev.coms.protocol.InviteLink;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The page behind an https invitation link, {@code GET /m/{id}}: a small static page whose script shows the meeting's
 * title and start time (from {@code GET /api/meetings/{id}}), opens the {@code coms://} link in the installed app
 * (passing on the passcode from the link's {@code #p=} fragment, which never reaches the server) and otherwise offers
 * the installers. Also serves the page's script and style under {@code /assets/}.
 *
 * <p>The app link is built here, with {@link InviteLink}; the page only appends the passcode. Every value put into
 * the page is HTML-escaped, and a Content-Security-Policy allows only this server's own script.
 */
public final class MeetingPageService implements HttpService {

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final HeaderName NOSNIFF = HeaderNames.create("X-Content-Type-Options");
    private static final HeaderName CSP_HEADER = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");
    private static final Map<String, String> ASSETS = Map.of(
            "meeting-page.js", "text/javascript; charset=UTF-8",
            "meeting-page.css", "text/css; charset=UTF-8");

    private final URI publicUrl;
    private final URI downloadsUrl;
    private final String template;
    private final String notFound;

    /**
     * @param publicUrl the server's public base URL (used in the app link the page opens)
     * @param downloadsUrl where the page sends people who have not installed Coms yet
     */
    public MeetingPageService(URI publicUrl, URI downloadsUrl) {
        this.publicUrl = publicUrl;
        this.downloadsUrl = downloadsUrl;
        this.template = resource("meeting-page.html");
        this.notFound = resource("not-a-meeting.html");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/m/{id}", this::page).get("/assets/{name}", this::asset);
    }

    private void page(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        InviteLink link;
        try {
            link = new InviteLink(publicUrl, id, null);
        } catch (IllegalArgumentException e) {
            html(res.status(Status.NOT_FOUND_404), notFound);
            return;
        }
        html(res, render(link));
    }

    /** The page for one meeting; visible for tests. */
    String render(InviteLink link) {
        return template.replace("{{meetingId}}", Html.escape(link.meetingId()))
                .replace("{{appLink}}", Html.escape(link.app(false)))
                .replace("{{httpsLink}}", Html.escape(link.https(false)))
                .replace("{{downloadsUrl}}", Html.escape(downloadsUrl.toString()));
    }

    private void asset(ServerRequest req, ServerResponse res) {
        String name = req.path().pathParameters().get("name");
        String type = ASSETS.get(name);
        if (type == null) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, type);
        res.header(HeaderNames.CACHE_CONTROL, "public, max-age=3600");
        res.header(NOSNIFF, "nosniff");
        res.send(resource(name));
    }

    private static void html(ServerResponse res, String body) {
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        res.header(CSP_HEADER, CSP);
        res.header(REFERRER_POLICY, "no-referrer");
        res.header(NOSNIFF, "nosniff");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(body);
    }

    private static String resource(String name) {
        try (InputStream in = MeetingPageService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
