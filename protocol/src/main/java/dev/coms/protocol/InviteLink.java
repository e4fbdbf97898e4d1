package dev.coms.protocol;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An invitation to a meeting: which server, which meeting, and (for private meetings) the passcode. Two written
 * forms, both produced and understood here:
 *
 * <ul>
 *   <li>https: {@code https://coms.example.org/m/k7m2x9q4tp#p=ABCD-EFGH-JKMN} (the passcode in the fragment, which
 *       browsers never send to the server)
 *   <li>app: {@code coms://meeting/k7m2x9q4tp?server=https%3A%2F%2Fcoms.example.org&p=ABCD-EFGH-JKMN}
 * </ul>
 *
 * @param server the server's public base URL, without a trailing slash
 * @param passcode the passcode, or null when the link carries none
 */
public record InviteLink(URI server, String meetingId, String passcode) {

    /** The app scheme registered by the installers. */
    public static final String SCHEME = "coms";

    private static final Pattern MEETING_ID = Pattern.compile("[A-Za-z0-9_-]{4,64}");

    public InviteLink {
        if (!MEETING_ID.matcher(meetingId).matches()) {
            throw new IllegalArgumentException("Not a meeting id: " + meetingId);
        }
        server = URI.create(stripSlash(server.toString()));
        passcode = passcode == null || passcode.isBlank() ? null : passcode;
    }

    /** The https link (with the passcode when {@code withPasscode} and there is one). */
    public String https(boolean withPasscode) {
        String base = server + "/m/" + meetingId;
        return withPasscode && passcode != null ? base + "#p=" + encode(passcode) : base;
    }

    /** The {@code coms://} link (with the passcode when {@code withPasscode} and there is one). */
    public String app(boolean withPasscode) {
        String base = SCHEME + "://meeting/" + meetingId + "?server=" + encode(server.toString());
        return withPasscode && passcode != null ? base + "&p=" + encode(passcode) : base;
    }

    /** Parses either form; empty when the text is not a Coms invitation link. */
    public static Optional<InviteLink> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            if (SCHEME.equalsIgnoreCase(uri.getScheme())) {
                return parseApp(uri);
            }
            if ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) {
                return parseHttps(uri);
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<InviteLink> parseApp(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!"meeting".equals(uri.getHost()) || !path.startsWith("/")) {
            return Optional.empty();
        }
        String server = param(uri.getRawQuery(), "server");
        if (server == null) {
            return Optional.empty();
        }
        URI serverUri = URI.create(server);
        if (serverUri.getScheme() == null || serverUri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(new InviteLink(serverUri, path.substring(1), param(uri.getRawQuery(), "p")));
    }

    private static Optional<InviteLink> parseHttps(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        int at = path.lastIndexOf("/m/");
        if (at < 0 || uri.getHost() == null) {
            return Optional.empty();
        }
        String server = uri.getScheme() + "://" + uri.getRawAuthority() + path.substring(0, at);
        return Optional.of(
                new InviteLink(URI.create(server), path.substring(at + 3), param(uri.getRawFragment(), "p")));
    }

    private static String param(String raw, String name) {
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
