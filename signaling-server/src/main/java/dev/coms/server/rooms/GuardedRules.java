package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingView;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The reads the room path makes of the stored meetings, each bounded by a short timeout: a slow or unreachable
 * database turns into a quick {@link Unavailable} (a 503 at the upgrade), never into a connection thread waiting for
 * the pool's 30 seconds. Thread-safe.
 */
final class GuardedRules {

    /** The stored meetings did not answer in time, or failed. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private final MeetingRules rules;
    private final ExecutorService executor;
    private final Duration timeout;

    GuardedRules(MeetingRules rules, ExecutorService executor, Duration timeout) {
        this.rules = rules;
        this.executor = executor;
        this.timeout = timeout;
    }

    Optional<MeetingView> meeting(String meetingId) {
        return call("read meeting " + meetingId, () -> rules.meeting(meetingId));
    }

    boolean isBanned(String meetingId, String key) {
        return call("read ban of " + meetingId, () -> rules.isBanned(meetingId, key));
    }

    private <T> T call(String what, Callable<T> read) {
        Future<T> future = executor.submit(read);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Unavailable("Could not " + what + " within " + timeout.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            throw new Unavailable("Could not " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while trying to " + what, e);
        }
    }
}
