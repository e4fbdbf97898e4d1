package dev.coms.client.signaling;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A room's WebSocket address. The join ticket names it ({@code JoinTicket.signalingUrl}, usually the path
 * {@code /ws/rooms/{meetingId}}); it is resolved against the server's base URL, whose {@code http(s)} scheme becomes
 * {@code ws(s)}. A ticket without one gets the default path below the server's base path. The one-time ticket or
 * the resume token goes into the query.
 */
public final class RoomAddress {

    private RoomAddress() {}

    /**
     * The room's address without credentials.
     *
     * @param server the server's base URL ({@code http(s)://host[:port][/base]})
     * @param signalingUrl the ticket's address of the room: absolute ({@code wss://...}), an absolute path, a path
     *     relative to the server's base URL, or null/blank for the default {@code ws/rooms/{meetingId}}
     * @throws IllegalArgumentException when the server or the resolved address is not http(s) or ws(s), or the
     *     meeting id is missing
     */
    public static URI room(URI server, String meetingId, String signalingUrl) {
        if (meetingId == null || meetingId.isBlank()) {
            throw new IllegalArgumentException("meeting id is required");
        }
        webSocketScheme(server);
        String path = server.getRawPath() == null ? "" : server.getRawPath();
        URI base = server.resolve(path.endsWith("/") ? path : path + "/");
        URI target = signalingUrl == null || signalingUrl.isBlank()
                ? base.resolve("ws/rooms/" + encode(meetingId))
                : base.resolve(signalingUrl.trim());
        String port = target.getPort() < 0 ? "" : ":" + target.getPort();
        String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
        return URI.create(webSocketScheme(target) + "://" + target.getHost() + port + target.getRawPath() + query);
    }

    /** Address to join with a one-time ticket. */
    public static URI withTicket(URI room, String ticket) {
        return with(room, "ticket", ticket);
    }

    private static URI with(URI room, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        String separator = room.getRawQuery() == null ? "?" : "&";
        return URI.create(room + separator + key + "=" + encode(value));
    }

    private static String webSocketScheme(URI address) {
        return switch (address.getScheme() == null ? "" : address.getScheme().toLowerCase()) {
            case "http", "ws" -> "ws";
            case "https", "wss" -> "wss";
            default -> throw new IllegalArgumentException("server address must be http(s) or ws(s): " + address);
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
