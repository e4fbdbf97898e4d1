package dev.coms.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures (wrong passwords, wrong passcodes) per key and locks a key out for a while once it failed too often
 * within a window: {@code maxFailures} within {@code window} locks it for {@code lockout}. Kept in memory; time comes
 * from the injected clock. Also serves as an hourly allowance ({@link #take}). Thread-safe.
 */
public final class FailureLimiter {

    /** Keys kept at most; past this, keys with nothing recent are dropped first. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    public FailureLimiter(Clock clock, int maxFailures, Duration window, Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
    }

    /** When {@code key} is locked out now: the instant the lockout ends. */
    public Optional<Instant> lockedUntil(String key) {
        Record record = records.get(key);
        if (record == null) {
            return Optional.empty();
        }
        synchronized (record) {
            Instant now = clock.instant();
            return record.lockedUntil != null && now.isBefore(record.lockedUntil)
                    ? Optional.of(record.lockedUntil)
                    : Optional.empty();
        }
    }

    /** Records one failure; returns the end of the lockout when this failure locked the key (or it was locked). */
    public Optional<Instant> recordFailure(String key) {
        if (records.size() >= MAX_KEYS) {
            purge();
        }
        Record record = records.computeIfAbsent(key, k -> new Record());
        synchronized (record) {
            Instant now = clock.instant();
            if (record.lockedUntil != null && now.isBefore(record.lockedUntil)) {
                return Optional.of(record.lockedUntil);
            }
            record.failures.addLast(now);
            dropOld(record, now);
            if (record.failures.size() >= maxFailures) {
                record.failures.clear();
                record.lockedUntil = now.plus(lockout);
                return Optional.of(record.lockedUntil);
            }
            return Optional.empty();
        }
    }

    /**
     * Uses the limiter as an allowance (new accounts per address, invitations per host): while {@code key} is locked
     * out, returns when the lockout ends and counts nothing; otherwise counts one use and returns empty (the use that
     * exhausts the allowance still goes through).
     */
    public Optional<Instant> take(String key) {
        Optional<Instant> locked = lockedUntil(key);
        if (locked.isEmpty()) {
            recordFailure(key);
        }
        return locked;
    }

    /** Forgets the failures of {@code key} (e.g. after a successful sign-in). */
    public void reset(String key) {
        records.remove(key);
    }

    private void dropOld(Record record, Instant now) {
        Instant oldest = now.minus(window);
        while (!record.failures.isEmpty() && !record.failures.peekFirst().isAfter(oldest)) {
            record.failures.removeFirst();
        }
    }

    private void purge() {
        Instant now = clock.instant();
        records.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                dropOld(e.getValue(), now);
                Instant until = e.getValue().lockedUntil;
                return e.getValue().failures.isEmpty() && (until == null || !now.isBefore(until));
            }
        });
    }

    private static final class Record {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
