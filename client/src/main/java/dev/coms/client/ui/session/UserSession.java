package dev.coms.client.ui.session;

import java.net.URI;
import java.time.Instant;

/**
 * Who uses Coms on this device and on which server: a signed-in host (with a bearer token, never a password) or a
 * guest (display name and a random device id).
 *
 * @param token bearer token, or null for a guest
 * @param expiresAt when the token stops working, or null for a guest
 * @param email the host's email, or null for a guest
 */
public record UserSession(URI server, String displayName, String token, Instant expiresAt, String email) {

    public static UserSession guest(URI server, String displayName) {
        return new UserSession(server, displayName, null, null, null);
    }

    /** A signed-in host (may schedule and start meetings). */
    public boolean host() {
        return token != null;
    }

    /** True when the token has expired at {@code now}; a guest session never expires. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
