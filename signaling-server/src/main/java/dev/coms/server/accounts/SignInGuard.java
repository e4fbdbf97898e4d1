package dev.coms.server.accounts;

import dev.coms.server.security.FailureLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-in attempts so that strangers cannot lock the real owner out for long, and nobody can make the server
 * hash passwords without end:
 * <ul>
 *   <li>per address, every attempt counts, right password or not ({@code attemptsPerAddress} in the window);</li>
 *   <li>per (email, address), wrong passwords lock that pair for the lockout — a guesser locks only itself;</li>
 *   <li>per email, wrong passwords from anywhere only slow the account down: after {@code failuresPerEmail} of them
 *       in the window, each further attempt must wait a delay that doubles from one second up to
 *       {@value #MAX_DELAY_SECONDS} s — the owner waits seconds, a guesser gets a few tries a minute;</li>
 *   <li>per email, successful sign-ins are limited too ({@code successesPerEmail} in the window): only someone who
 *       knows the password can use that budget up, and it caps the sessions and hashing one password can cause.</li>
 * </ul>
 * Kept in memory; thread-safe; time from the injected clock.
 */
final class SignInGuard {

    static final int MAX_DELAY_SECONDS = 30;

    private final Clock clock;
    private final int failuresPerEmail;
    private final Duration window;
    private final FailureLimiter attemptsByAddress;
    private final FailureLimiter failuresByPair;
    private final FailureLimiter successesByEmail;
    private final Map<String, Slowdown> slowdowns = new ConcurrentHashMap<>();

    SignInGuard(Clock clock, AccountsSettings s) {
        this.clock = clock;
        this.failuresPerEmail = s.maxFailuresPerEmail();
        this.window = s.failureWindow();
        this.attemptsByAddress = new FailureLimiter(clock, s.maxAttemptsPerAddress(), s.failureWindow(), s.lockout());
        this.failuresByPair = new FailureLimiter(clock, s.maxFailuresPerEmail(), s.failureWindow(), s.lockout());
        this.successesByEmail = new FailureLimiter(clock, s.maxSignInsPerEmail(), s.failureWindow(), s.failureWindow());
    }

    /** When an attempt for {@code email} from {@code address} must not be made now: the instant it may. */
    Optional<Instant> refusedUntil(String email, String address) {
        return attemptsByAddress
                .lockedUntil(address)
                .or(() -> failuresByPair.lockedUntil(pair(email, address)))
                .or(() -> successesByEmail.lockedUntil(email))
                .or(() -> slowedUntil(email));
    }

    /** Counts an attempt that is about to be checked (before the password is hashed). */
    void attempted(String address) {
        attemptsByAddress.recordFailure(address);
    }

    /** A wrong password (or an unknown email); returns when the next attempt may come, if it must wait. */
    Optional<Instant> failed(String email, String address) {
        Optional<Instant> pairLocked = failuresByPair.recordFailure(pair(email, address));
        Slowdown slow = slowdowns.computeIfAbsent(email, k -> new Slowdown());
        synchronized (slow) {
            Instant now = clock.instant();
            if (slow.since == null || now.isAfter(slow.since.plus(window))) {
                slow.since = now;
                slow.failures = 0;
            }
            slow.failures++;
            int over = slow.failures - failuresPerEmail;
            slow.next = over < 0 ? null : now.plusSeconds(Math.min(MAX_DELAY_SECONDS, 1L << Math.min(over, 5)));
        }
        return pairLocked.or(() -> slowedUntil(email));
    }

    /** A right password: the pair's failures are forgotten; the account's success budget is used. */
    void succeeded(String email, String address) {
        failuresByPair.reset(pair(email, address));
        successesByEmail.recordFailure(email);
    }

    private Optional<Instant> slowedUntil(String email) {
        Slowdown slow = slowdowns.get(email);
        if (slow == null) {
            return Optional.empty();
        }
        synchronized (slow) {
            Instant now = clock.instant();
            return slow.next != null && now.isBefore(slow.next) ? Optional.of(slow.next) : Optional.empty();
        }
    }

    private static String pair(String email, String address) {
        return email + "|" + address;
    }

    private static final class Slowdown {
        private Instant since;
        private int failures;
        private Instant next;
    }
}
