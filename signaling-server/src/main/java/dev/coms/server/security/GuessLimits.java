package dev.coms.server.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Limits on guessing a secret (a password, a passcode): wrong guesses are counted both for what is guessed at (an
 * email, a meeting) and for the address guessing, and either lockout refuses further guesses. Counting per target
 * stops a spread-out attack on one account or meeting; counting per address stops one address trying many. Thread-safe.
 */
public final class GuessLimits {

    private final FailureLimiter byTarget;
    private final FailureLimiter byAddress;

    public GuessLimits(FailureLimiter byTarget, FailureLimiter byAddress) {
        this.byTarget = byTarget;
        this.byAddress = byAddress;
    }

    /** When the target or the address is locked out now: the instant that lockout ends. */
    public Optional<Instant> lockedUntil(String target, String address) {
        return byTarget.lockedUntil(target).or(() -> byAddress.lockedUntil(address));
    }

    /** Counts a wrong guess against both; returns the end of a lockout either of them is now in. */
    public Optional<Instant> recordFailure(String target, String address) {
        Optional<Instant> forTarget = byTarget.recordFailure(target);
        Optional<Instant> forAddress = byAddress.recordFailure(address);
        return forTarget.or(() -> forAddress);
    }

    /** Forgets the target's wrong guesses (after a right one); the address's stay counted. */
    public void reset(String target) {
        byTarget.reset(target);
    }
}
