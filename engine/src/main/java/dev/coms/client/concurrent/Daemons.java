package dev.coms.client.concurrent;

import java.util.concurrent.ThreadFactory;

/**
 * Named daemon threads for the engine, the transport and the client's adapters. They never keep the process alive:
 * quitting the app must not wait for a call's, a probe's or a meter's thread.
 */
public final class Daemons {

    private Daemons() {}

    /** A factory whose threads are daemons called {@code name} (every thread of an executor gets the same name). */
    public static ThreadFactory named(String name) {
        return Thread.ofPlatform().daemon().name(name).factory();
    }

    /** Starts {@code task} on a new daemon thread called {@code name}. */
    public static Thread start(String name, Runnable task) {
        return Thread.ofPlatform().daemon().name(name).start(task);
    }
}
