package dev.coms.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits on guessing a secret (a meeting's passcode) that protect instead of exclude: only those who guessed wrong
 * ever wait, so a right guess from an address that has not guessed wrong always gets through.
 * <ul>
 *   <li>per (target, address): after {@code freePerPair} wrong guesses each further one makes that pair wait a delay
 *       that doubles from {@value #FIRST_PAIR_DELAY_SECONDS} s up to {@code maxPairDelay};</li>
 *   <li>per target, from anywhere: beyond {@code budgetPerTarget} wrong guesses within {@code window} the target is
 *       slowed — a delay doubling from one second up to {@value #MAX_TARGET_DELAY_SECONDS} s — for every address that
 *       has guessed wrong at it; fresh addresses keep their check;</li>
 *   <li>per address, across targets: {@code byAddress} counts each target an address guessed wrong at once, and
 *       locks an address that guesses at too many.</li>
 * </ul>
 * Kept in memory; time from the injected clock; thread-safe.
 */
public final class GuessLimits {

    static final int FIRST_PAIR_DELAY_SECONDS = 15;
    static final int MAX_TARGET_DELAY_SECONDS = 60;
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final FailureLimiter byAddress;
    private final int freePerPair;
    private final int budgetPerTarget;
    private final Duration window;
    private final Duration maxPairDelay;
    private final Map<String, Tally> pairs = new ConcurrentHashMap<>();
    private final Map<String, Tally> targets = new ConcurrentHashMap<>();

    public GuessLimits(
            Clock clock,
            FailureLimiter byAddress,
            int freePerPair,
            int budgetPerTarget,
            Duration window,
            Duration maxPairDelay) {
        this.clock = clock;
        this.byAddress = byAddress;
        this.freePerPair = freePerPair;
        this.budgetPerTarget = budgetPerTarget;
        this.window = window;
        this.maxPairDelay = maxPairDelay;
    }

    /** When {@code address} may not guess at {@code target} now: the instant it may. Empty for a fresh address. */
    public Optional<Instant> waitUntil(String target, String address) {
        Instant now = clock.instant();
        Optional<Instant> locked = byAddress.lockedUntil(address);
        if (locked.isPresent()) {
            return locked;
        }
        Tally pair = pairs.get(pair(target, address));
        if (pair == null) {
            return Optional.empty();
        }
        Instant until = later(
                pair.next(now),
                Optional.ofNullable(targets.get(target)).map(t -> t.next(now)).orElse(null));
        return Optional.ofNullable(until);
    }

    /** Counts a wrong guess; returns when this address may guess at the target again, if it must wait. */
    public Optional<Instant> recordFailure(String target, String address) {
        Instant now = clock.instant();
        if (pairs.size() + targets.size() > MAX_KEYS) {
            purge(now);
        }
        boolean firstAtTarget = !pairs.containsKey(pair(target, address));
        // Across targets an address is counted once per target: this limit is about guessing at many of them.
        Optional<Instant> addressLock =
                firstAtTarget ? byAddress.recordFailure(address) : byAddress.lockedUntil(address);
        Tally pair = pairs.computeIfAbsent(pair(target, address), k -> new Tally());
        Tally all = targets.computeIfAbsent(target, k -> new Tally());
        pair.add(now, maxPairDelay, freePerPair, Duration.ofSeconds(FIRST_PAIR_DELAY_SECONDS), maxPairDelay);
        all.add(now, window, budgetPerTarget + 1, Duration.ofSeconds(1), Duration.ofSeconds(MAX_TARGET_DELAY_SECONDS));
        Instant until = later(later(pair.next(now), all.next(now)), addressLock.orElse(null));
        return Optional.ofNullable(until);
    }

    /** A right guess: this address's wrong guesses at the target are forgotten (the target's budget is not). */
    public void succeeded(String target, String address) {
        pairs.remove(pair(target, address));
    }

    private static String pair(String target, String address) {
        return target + "|" + address;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private void purge(Instant now) {
        Instant horizon = now.minus(maxPairDelay.plus(window));
        pairs.values().removeIf(t -> t.idleSince(horizon));
        targets.values().removeIf(t -> t.idleSince(horizon));
    }

    /** Wrong guesses counted since {@code since}, and when the next guess may come. */
    private static final class Tally {
        private Instant since;
        private Instant last;
        private int failures;
        private Instant next;

        /** One more failure; past {@code free} of them within {@code memory}, a delay doubling up to {@code max}. */
        synchronized void add(Instant now, Duration memory, int free, Duration first, Duration max) {
            if (since == null || now.isAfter(since.plus(memory))) {
                since = now;
                failures = 0;
            }
            failures++;
            last = now;
            int over = failures - free;
            if (over >= 0) {
                Duration delay = first.multipliedBy(1L << Math.min(over, 20));
                next = now.plus(delay.compareTo(max) > 0 ? max : delay);
            }
        }

        synchronized Instant next(Instant now) {
            return next != null && now.isBefore(next) ? next : null;
        }

        synchronized boolean idleSince(Instant horizon) {
            return last == null || last.isBefore(horizon);
        }
    }
}
