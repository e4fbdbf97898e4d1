package dev.coms.client.call.media;

import dev.coms.client.concurrent.Daemons;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a synthetic input's push (a frame, an audio chunk) at a fixed rate on a daemon thread of its own, between
 * {@link #start()} and {@link #stop()}. Thread-safe.
 */
final class Pusher implements AutoCloseable {

    private final ScheduledExecutorService thread;
    private final Runnable push;
    private final long periodMicros;
    private ScheduledFuture<?> running;

    Pusher(String threadName, long periodMicros, Runnable push) {
        this.thread = Executors.newSingleThreadScheduledExecutor(Daemons.named(threadName));
        this.periodMicros = periodMicros;
        this.push = push;
    }

    synchronized void start() {
        if (running == null) {
            running = thread.scheduleAtFixedRate(push, 0, periodMicros, TimeUnit.MICROSECONDS);
        }
    }

    /** Stops pushing; returns once a push in progress has finished. */
    synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
            try {
                thread.submit(() -> {}).get();
            } catch (ExecutionException | RejectedExecutionException e) {
                // nothing was running
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops pushing and ends the thread (waiting up to two seconds for it). */
    @Override
    public void close() {
        stop();
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
