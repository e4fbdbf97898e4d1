package dev.coms.server.rooms;

import dev.coms.protocol.signal.IceServer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the ICE server list for one participant. TURN credentials follow coturn's {@code use-auth-secret} REST
 * scheme: username {@code <expiry-unix-seconds>:<participantId>}, credential
 * {@code base64(HMAC-SHA1(secret, username))}, so the TURN server checks them without asking us. Thread-safe.
 */
public final class IceServerFactory {

    private final RoomSettings.IceSettings ice;
    private final Clock clock;

    public IceServerFactory(RoomSettings.IceSettings ice, Clock clock) {
        this.ice = ice;
        this.clock = clock;
    }

    /** STUN servers first, then TURN with credentials valid for the configured time-to-live from now. */
    public List<IceServer> forParticipant(String participantId) {
        List<IceServer> servers = new ArrayList<>(2);
        if (!ice.stunUrls().isEmpty()) {
            servers.add(new IceServer(ice.stunUrls(), null, null));
        }
        if (!ice.turnUrls().isEmpty()) {
            long expiry = clock.instant().plus(ice.turnTtl()).getEpochSecond();
            String username = expiry + ":" + participantId;
            servers.add(new IceServer(ice.turnUrls(), username, credential(ice.turnSecret(), username)));
        }
        return List.copyOf(servers);
    }

    /** {@code base64(HMAC-SHA1(secret, username))}, as coturn computes it. */
    static String credential(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is always present", e);
        }
    }
}
