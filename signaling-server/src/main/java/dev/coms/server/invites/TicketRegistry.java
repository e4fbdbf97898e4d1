package dev.coms.server.invites;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived, single-use join tickets. Kept in memory only, keyed by the SHA-256 of the ticket so the secrets
 * themselves are never stored. Thread-safe.
 */
public final class TicketRegistry {

    /** How long a ticket stays valid. */
    public static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    public TicketRegistry(Clock clock) {
        this.clock = clock;
    }

    /**
     * Who a ticket admits, decided when it was issued.
     *
     * @param identityKey stable identity for bans and duplicate connections: {@code account:<id>} or
     *     {@code guest:<deviceId>@<address>}
     * @param accountId the account id, or null for a guest
     */
    public record Grant(
            String meetingId, String identityKey, String accountId, String displayName, boolean host, String address) {}

    /** An issued ticket: the secret to hand to the client and its expiry. */
    public record Issued(String ticket, Instant expiresAt) {}

    private record Entry(Grant grant, Instant expiresAt) {}

    /** Issues a new ticket for {@code grant}. */
    public Issued issue(Grant grant) {
        purgeExpired();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(TICKET_LIFETIME);
        byHash.put(hash(ticket), new Entry(grant, expiresAt));
        return new Issued(ticket, expiresAt);
    }

    /**
     * Redeems a ticket for {@code meetingId}: returns its grant once, and never again. Expired tickets and tickets
     * for another meeting are refused (and consumed).
     */
    public Optional<Grant> redeem(String ticket, String meetingId) {
        if (ticket == null || ticket.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = byHash.remove(hash(ticket));
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
            return Optional.empty();
        }
        return entry.grant().meetingId().equals(meetingId) ? Optional.of(entry.grant()) : Optional.empty();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        for (Iterator<Entry> it = byHash.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().expiresAt())) {
                it.remove();
            }
        }
    }

    /** Hex SHA-256 of a secret; used wherever a secret is stored or looked up. */
    public static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
