package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A STUN or TURN server for peer connections; TURN entries carry time-limited credentials. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IceServer(List<String> urls, String username, String credential) {

    /**
     * {@code stun:}/{@code stuns:} or {@code turn:}/{@code turns:} (RFC 7064, 7065), a host name, IPv4 or bracketed
     * IPv6 address, an optional port, and for TURN an optional {@code ?transport=udp|tcp}.
     */
    private static final Pattern URL = Pattern.compile(
            "(stuns?|turns?):(\\[[0-9a-f:.]+\\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)"
                    + "(:[0-9]{1,5})?(\\?transport=(udp|tcp))?");

    public IceServer {
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    /**
     * True when {@code url} is a well-formed STUN or TURN URL. Clients must check every URL with this before handing it
     * to a WebRTC library (webrtc-java crashes the process on an empty or scheme-less one); servers refuse to start
     * with a bad one.
     */
    public static boolean isValidUrl(String url) {
        if (url == null || url.length() > 512) {
            return false;
        }
        var m = URL.matcher(url.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return false;
        }
        if (m.group(7) != null && m.group(1).startsWith("stun")) {
            return false; // a transport is a TURN parameter only
        }
        if (m.group(6) != null) {
            int port = Integer.parseInt(m.group(6).substring(1));
            return port >= 1 && port <= 65_535;
        }
        return true;
    }

    /** True when this entry can be used: at least one URL, all valid; TURN entries carry a username and credential. */
    public boolean isUsable() {
        if (urls.isEmpty() || !urls.stream().allMatch(IceServer::isValidUrl)) {
            return false;
        }
        boolean turn = urls.stream().anyMatch(u -> u.toLowerCase(Locale.ROOT).startsWith("turn"));
        return !turn || (username != null && !username.isEmpty() && credential != null && !credential.isEmpty());
    }
}
