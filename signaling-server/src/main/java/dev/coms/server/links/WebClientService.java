package dev.coms.server.links;

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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The guest's web client, from the same origin as the invitation page: {@code GET /m/{id}/join} is its page and
 * {@code GET /web/{name}} its ES modules and style sheet (a fixed list, nothing else is served from there).
 *
 * <p>The page carries a strict Content-Security-Policy: only this server's scripts and styles, no inline code,
 * connections only to this origin (HTTP and its WebSocket), media from streams of this page. The meeting id is
 * the only value put into the page, HTML-escaped and only after it was checked against the meeting id alphabet.
 */
public final class WebClientService implements HttpService {

    private static final Pattern MEETING_ID = Pattern.compile("[abcdefghjkmnpqrstuvwxyz23456789]{4,32}");
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?");
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'%s; media-src 'self' blob: mediastream:; img-src 'self' data: blob:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final HeaderName NOSNIFF = HeaderNames.create("X-Content-Type-Options");
    private static final HeaderName CSP_HEADER = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");
    private static final HeaderName PERMISSIONS_POLICY = HeaderNames.create("Permissions-Policy");
    private static final String JS = "text/javascript; charset=UTF-8";
    private static final Map<String, String> ASSETS = Map.ofEntries(
            Map.entry("app.js", JS),
            Map.entry("api.js", JS),
            Map.entry("signaling.js", JS),
            Map.entry("peer.js", JS),
            Map.entry("media.js", JS),
            Map.entry("chat.js", JS),
            Map.entry("voice.js", JS),
            Map.entry("room.js", JS),
            Map.entry("room-view.js", JS),
            Map.entry("prejoin.js", JS),
            Map.entry("endings.js", JS),
            Map.entry("types.js", JS),
            Map.entry("web.css", "text/css; charset=UTF-8"));

    private final String template = resource("join-page.html");
    private final String notFound = resource("not-a-meeting.html");
    private final Map<String, byte[]> assets = loadAssets();

    @Override
    public void routing(HttpRules rules) {
        rules.get("/m/{id}/join", this::page).get("/web/{name}", this::asset);
    }

    private void page(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        String sources = webSocketSources(req.headers().first(HeaderNames.HOST).orElse(""));
        if (!MEETING_ID.matcher(id).matches()) {
            html(res.status(Status.NOT_FOUND_404), notFound, sources);
            return;
        }
        html(res, template.replace("{{meetingId}}", Html.escape(id)), sources);
    }

    /** The page's own origin as WebSocket sources (older browsers do not count ws: as 'self'). */
    static String webSocketSources(String host) {
        return HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
    }

    private void asset(ServerRequest req, ServerResponse res) {
        String name = req.path().pathParameters().get("name");
        byte[] body = assets.get(name);
        if (body == null) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, ASSETS.get(name));
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(NOSNIFF, "nosniff");
        res.send(body);
    }

    private static void html(ServerResponse res, String body, String webSockets) {
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
        res.header(CSP_HEADER, CSP.formatted(webSockets));
        res.header(REFERRER_POLICY, "no-referrer");
        res.header(NOSNIFF, "nosniff");
        res.header(PERMISSIONS_POLICY, "camera=(self), microphone=(self), display-capture=(self), fullscreen=(self)");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(body);
    }

    private static Map<String, byte[]> loadAssets() {
        var loaded = new java.util.HashMap<String, byte[]>();
        ASSETS.keySet().forEach(name -> loaded.put(name, resource("web/" + name).getBytes(StandardCharsets.UTF_8)));
        return Map.copyOf(loaded);
    }

    private static String resource(String name) {
        try (InputStream in = WebClientService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
