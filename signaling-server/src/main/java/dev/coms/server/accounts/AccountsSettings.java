package dev.coms.server.accounts;

import io.helidon.config.Config;
import java.time.Duration;

/**
 * Settings for host accounts ({@code coms.accounts} in {@code application.yaml}).
 *
 * @param passwordIterations PBKDF2 iterations for new password hashes
 * @param sessionLifetime how long a sign-in stays valid
 * @param maxSessions sessions one account may hold at once; signing in once more revokes the oldest
 * @param maxFailuresPerEmail wrong passwords for one email from one address within {@code failureWindow} before that
 *     address is locked out of that email (and, from anywhere, before further attempts are slowed down)
 * @param maxAttemptsPerAddress sign-in attempts (right or wrong) from one address within {@code failureWindow}
 * @param maxSignInsPerEmail successful sign-ins to one account within {@code failureWindow}
 * @param failureWindow the window in which attempts and failures are counted
 * @param lockout how long a locked address (or address and email) must wait
 * @param hashingThreads threads that hash passwords (each hash takes a core for a few hundred milliseconds)
 * @param hashingQueue hashes that may wait for a thread; beyond it, sign-ins get 503 with Retry-After
 */
public record AccountsSettings(
        int passwordIterations,
        Duration sessionLifetime,
        int maxSessions,
        int maxFailuresPerEmail,
        int maxAttemptsPerAddress,
        int maxSignInsPerEmail,
        Duration failureWindow,
        Duration lockout,
        int hashingThreads,
        int hashingQueue) {

    /** The defaults from {@code application.yaml}. */
    public static AccountsSettings defaults() {
        return new AccountsSettings(
                600_000,
                Duration.ofDays(30),
                10,
                5,
                30,
                10,
                Duration.ofMinutes(15),
                Duration.ofMinutes(15),
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                8);
    }

    /** Reads {@code coms.accounts}; missing keys keep their defaults. */
    public static AccountsSettings from(Config node) {
        AccountsSettings d = defaults();
        return new AccountsSettings(
                node.get("password-iterations").asInt().orElse(d.passwordIterations()),
                node.get("session-lifetime").as(Duration.class).orElse(d.sessionLifetime()),
                node.get("max-sessions").asInt().orElse(d.maxSessions()),
                node.get("max-failures-per-email").asInt().orElse(d.maxFailuresPerEmail()),
                node.get("max-attempts-per-address").asInt().orElse(d.maxAttemptsPerAddress()),
                node.get("max-sign-ins-per-email").asInt().orElse(d.maxSignInsPerEmail()),
                node.get("failure-window").as(Duration.class).orElse(d.failureWindow()),
                node.get("lockout").as(Duration.class).orElse(d.lockout()),
                node.get("hashing-threads").asInt().orElse(d.hashingThreads()),
                node.get("hashing-queue").asInt().orElse(d.hashingQueue()));
    }

    /** The same settings with another iteration count (tests use a low one to stay fast). */
    public AccountsSettings withPasswordIterations(int iterations) {
        return new AccountsSettings(
                iterations,
                sessionLifetime,
                maxSessions,
                maxFailuresPerEmail,
                maxAttemptsPerAddress,
                maxSignInsPerEmail,
                failureWindow,
                lockout,
                hashingThreads,
                hashingQueue);
    }
}
