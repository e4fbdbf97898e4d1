package dev.coms.client.signaling;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds a room's WebSocket address from the server's base URL: {@code http(s)://host/...} becomes
 * {@code ws(s)://host/ws/rooms/{meetingId}?ticket=...} (or {@code ?resume=...}).
 */
public final class RoomAddress {

    private RoomAddress() {}

    /** Address to join with a one-time ticket. */
    public static URI withTicket(URI server, String meetingId, String ticket) {
        return build(server, meetingId, "ticket", ticket);
    }

    /** Address to resume a dropped connection. */
    public static URI withResumeToken(URI server, String meetingId, String resumeToken) {
        return build(server, meetingId, "resume", resumeToken);
    }

    private static URI build(URI server, String meetingId, String key, String value) {
        String scheme = switch (server.getScheme() == null ? "" : server.getScheme().toLowerCase()) {
            case "http", "ws" -> "ws";
            case "https", "wss" -> "wss";
            default -> throw new IllegalArgumentException("server address must be http(s) or ws(s): " + server);
        };
        if (meetingId == null || meetingId.isBlank() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("meeting id and " + key + " are required");
        }
        String base = server.getRawPath() == null ? "" : server.getRawPath().replaceAll("/+$", "");
        String port = server.getPort() < 0 ? "" : ":" + server.getPort();
        return URI.create(scheme + "://" + server.getHost() + port + base + "/ws/rooms/" + encode(meetingId)
                + "?" + key + "=" + encode(value));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
