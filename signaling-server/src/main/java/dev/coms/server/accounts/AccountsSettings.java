package dev.coms.server.accounts;

import io.helidon.config.Config;
import java.time.Duration;

/**
 * Settings for host accounts ({@code coms.accounts} in {@code application.yaml}).
 *
 * @param passwordIterations PBKDF2 iterations for new password hashes
 * @param sessionLifetime how long a sign-in stays valid
 * @param maxFailuresPerEmail wrong passwords for one email within {@code failureWindow} before it is locked
 * @param maxFailuresPerAddress wrong passwords from one address within {@code failureWindow} before it is locked
 * @param failureWindow the window in which failures are counted
 * @param lockout how long a locked email or address must wait
 */
public record AccountsSettings(
        int passwordIterations,
        Duration sessionLifetime,
        int maxFailuresPerEmail,
        int maxFailuresPerAddress,
        Duration failureWindow,
        Duration lockout) {

    /** The defaults from {@code application.yaml}. */
    public static AccountsSettings defaults() {
        return new AccountsSettings(600_000, Duration.ofDays(30), 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** Reads {@code coms.accounts}; missing keys keep their defaults. */
    public static AccountsSettings from(Config node) {
        AccountsSettings d = defaults();
        return new AccountsSettings(
                node.get("password-iterations").asInt().orElse(d.passwordIterations()),
                node.get("session-lifetime").as(Duration.class).orElse(d.sessionLifetime()),
                node.get("max-failures-per-email").asInt().orElse(d.maxFailuresPerEmail()),
                node.get("max-failures-per-address").asInt().orElse(d.maxFailuresPerAddress()),
                node.get("failure-window").as(Duration.class).orElse(d.failureWindow()),
                node.get("lockout").as(Duration.class).orElse(d.lockout()));
    }

    /** The same settings with another iteration count (tests use a low one to stay fast). */
    public AccountsSettings withPasswordIterations(int iterations) {
        return new AccountsSettings(iterations, sessionLifetime, maxFailuresPerEmail, maxFailuresPerAddress,
                failureWindow, lockout);
    }
}
