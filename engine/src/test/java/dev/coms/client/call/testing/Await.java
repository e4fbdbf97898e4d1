package dev.coms.client.call.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls for an asynchronous outcome with a deadline (never sleeps to let time pass). */
public final class Await {

    private Await() {}

    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + limit + " waiting for: " + what);
            }
            pause();
        }
    }

    /**
     * Waits until {@code value} has stayed the same over {@code samples} consecutive polls {@code every} apart:
     * the way to observe that something (frames, packets) stopped arriving.
     */
    public static <T> T settles(String what, Duration limit, Duration every, int samples, Supplier<T> value) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = value.get();
        int same = 0;
        while (same < samples) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + limit + " waiting for " + what + " to stop changing");
            }
            long next = System.nanoTime() + every.toNanos();
            while (System.nanoTime() < next) {
                pause();
            }
            T now = value.get();
            same = now.equals(last) ? same + 1 : 0;
            last = now;
        }
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
