package dev.coms.server.rooms;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The rooms' decisions that the stored meetings must learn (a ban, a meeting's end), written in the background and
 * retried until stored, so that no room waits for the database and an outage loses nothing. Until a decision is stored
 * (and for a while after) it is remembered here, and the rooms and joins consult this memory first.
 *
 * <p>Thread-safe; {@link #ban} and {@link #ended} never block and may be called under a room's lock.
 */
final class WriteBehind {

    private static final System.Logger log = System.getLogger(WriteBehind.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** How long an end is remembered once stored: by then every reader sees the stored state. */
    private static final Duration ENDED_MEMORY = Duration.ofHours(1);

    private final MeetingRules rules;
    private final Clock clock;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Map<String, Set<String>> bans = new ConcurrentHashMap<>();
    /** Meetings that ended here: when, and whether the end is stored yet. */
    private final Map<String, Ended> ends = new ConcurrentHashMap<>();

    /** @param byRoom ended by the room (host left or timed out), not cancelled through the stored meeting */
    private record Ended(Instant at, boolean stored, boolean byRoom) {}

    WriteBehind(MeetingRules rules, Clock clock, ExecutorService workers, ScheduledExecutorService timer) {
        this.rules = rules;
        this.clock = clock;
        this.workers = workers;
        this.timer = timer;
    }

    /** Remembers the ban at once and stores each key in the background. */
    void ban(String meetingId, Set<String> keys) {
        bans.computeIfAbsent(meetingId, id -> ConcurrentHashMap.newKeySet()).addAll(keys);
        for (String key : keys) {
            submit("ban " + key + " from " + meetingId, () -> rules.ban(meetingId, key), FIRST_RETRY);
        }
    }

    /** Remembers that the meeting ended; when {@code store}, records the end in the background. */
    void ended(String meetingId, boolean store) {
        ends.put(meetingId, new Ended(clock.instant(), !store, store));
        if (store) {
            submit(
                    "end of " + meetingId,
                    () -> {
                        rules.meetingEnded(meetingId);
                        ends.computeIfPresent(meetingId, (id, e) -> new Ended(e.at(), true, e.byRoom()));
                    },
                    FIRST_RETRY);
        }
    }

    /** True when a ban of {@code key} was decided here (stored or not yet). */
    boolean isBanned(String meetingId, String key) {
        Set<String> keys = bans.get(meetingId);
        return keys != null && keys.contains(key);
    }

    /** True when any ban of this meeting was decided here. */
    boolean anyBans(String meetingId) {
        Set<String> keys = bans.get(meetingId);
        return keys != null && !keys.isEmpty();
    }

    /** True when the meeting ended here, for any reason (later tickets and resumes are refused). */
    boolean hasEnded(String meetingId) {
        return ends.containsKey(meetingId);
    }

    /** True when the room ended the meeting (its host left or timed out), stored or not yet. */
    boolean endedByRoom(String meetingId) {
        Ended e = ends.get(meetingId);
        return e != null && e.byRoom();
    }

    /** Forgets ends that are stored and old; ends not stored yet are never forgotten. */
    void purge() {
        Instant limit = clock.instant().minus(ENDED_MEMORY);
        ends.values().removeIf(e -> e.stored() && e.at().isBefore(limit));
    }

    private void submit(String what, Runnable write, Duration delay) {
        try {
            workers.execute(() -> attempt(what, write, delay));
        } catch (RejectedExecutionException e) {
            log.log(Level.WARNING, "Shutting down: the {0} was not stored", what);
        }
    }

    /** One try; on failure the next comes after {@code delay}, and each later one waits twice as long (up to 30 s). */
    private void attempt(String what, Runnable write, Duration delay) {
        try {
            write.run();
            if (delay.compareTo(FIRST_RETRY) > 0) {
                log.log(Level.INFO, "Stored the {0} after the database came back", what);
            }
        } catch (RuntimeException e) {
            Duration next = delay.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay.multipliedBy(2);
            log.log(
                    Level.WARNING,
                    "Could not store the {0} ({1}); retrying in {2} ms",
                    what,
                    e.getMessage(),
                    delay.toMillis());
            try {
                timer.schedule(() -> submit(what, write, next), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutdown) {
                log.log(Level.WARNING, "Shutting down: the {0} was not stored", what);
            }
        }
    }
}
