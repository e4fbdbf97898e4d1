package dev.coms.server.tickets;

import dev.coms.server.security.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived, single-use join tickets. Kept in memory only, keyed by the hash of the ticket ({@link Secrets#hash})
 * so the secrets themselves are never stored. Thread-safe.
 */
public final class TicketRegistry {

    /** How long a ticket stays valid. */
    public static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);

    private final Clock clock;
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    public TicketRegistry(Clock clock) {
        this.clock = clock;
    }

    /** An issued ticket: the secret to hand to the client and its expiry. */
    public record Issued(String ticket, Instant expiresAt) {}

    private record Entry(Grant grant, Instant expiresAt) {}

    /** Issues a new ticket for {@code grant}. */
    public Issued issue(Grant grant) {
        purgeExpired();
        String ticket = Secrets.newToken();
        Instant expiresAt = clock.instant().plus(TICKET_LIFETIME);
        byHash.put(Secrets.hash(ticket), new Entry(grant, expiresAt));
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
        Entry entry = byHash.remove(Secrets.hash(ticket));
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
            return Optional.empty();
        }
        return entry.grant().meetingId().equals(meetingId) ? Optional.of(entry.grant()) : Optional.empty();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        byHash.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
    }
}
