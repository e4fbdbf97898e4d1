package dev.coms.server.accounts;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs password hashing (hundreds of milliseconds of CPU each) on a small fixed pool with a bounded queue, so a burst
 * of sign-ins can use only that many cores: everything else the server does (live rooms, other requests) keeps its
 * CPU. When the queue is full the caller is told at once ({@link Busy}), and answers 503 with {@code Retry-After}.
 */
final class HashingPool implements AutoCloseable {

    /** The pool and its queue are full. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("password hashing is busy", null, false, false);
        }
    }

    /** How long a client should wait before trying again when the pool is busy. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final ThreadPoolExecutor executor;

    HashingPool(int threads, int queue) {
        executor = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue),
                Thread.ofPlatform().name("coms-hashing-", 0).daemon().factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs {@code work} on the pool and waits for it (the caller is a request's virtual thread). */
    <T> T run(Supplier<T> work) {
        Future<T> future;
        try {
            future = executor.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IllegalStateException("Interrupted while hashing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
