package dev.coms.benchmarks.client;

import java.util.function.BooleanSupplier;

/** Polls every millisecond for an asynchronous outcome, with a 30 s deadline. */
final class Poll {

    private static final long LIMIT_NANOS = 30_000_000_000L;

    private Poll() {}

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            Thread.sleep(1);
        }
    }
}
