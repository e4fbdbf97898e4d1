package dev.coms.server.util;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The server's own background threads, named so a thread dump says what each one does. */
public final class Threads {

    private Threads() {}

    /**
     * A scheduler with one daemon platform thread called {@code name}: periodic housekeeping that must never keep the
     * JVM alive on its own.
     */
    public static ScheduledExecutorService daemonScheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name(name).factory());
    }
}
