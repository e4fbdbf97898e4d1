package dev.coms.client.call.media;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Works around a data race in the binding's {@code CustomAudioSource}: it pushes audio to its sinks without a
 * lock, while WebRTC adds and removes those sinks when senders start or stop (setting descriptions, replacing or
 * removing tracks, closing a connection). Pushing during such a change crashed the process in an 8-person mesh.
 * Pushes take the shared side of one process-wide lock; sender changes take the exclusive side, so they never
 * overlap. Only synthetic audio pushes; the microphone path does not go through this source, so while no
 * synthetic audio input exists the guard does nothing (sender changes of different connections stay parallel).
 */
public final class AudioSinkGuard {

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    private static final AtomicInteger PUSHERS = new AtomicInteger();

    private AudioSinkGuard() {}

    /** A synthetic audio input was created; it must call {@link #pusherClosed()} when closed. */
    static void pusherCreated() {
        PUSHERS.incrementAndGet();
    }

    static void pusherClosed() {
        PUSHERS.decrementAndGet();
    }

    /** Runs a push of audio data (on the pushing thread). */
    static void push(Runnable push) {
        LOCK.readLock().lock();
        try {
            push.run();
        } finally {
            LOCK.readLock().unlock();
        }
    }

    /** Runs an operation that may add or remove audio sinks (start, stop or close a sender). */
    public static <T> T changingSenders(Supplier<T> change) {
        if (PUSHERS.get() == 0) {
            return change.get();
        }
        LOCK.writeLock().lock();
        try {
            return change.get();
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    /** {@link #changingSenders(Supplier)} for operations without a result. */
    public static void changingSenders(Runnable change) {
        changingSenders(() -> {
            change.run();
            return null;
        });
    }
}
