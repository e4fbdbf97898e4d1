package dev.coms.server.rooms;

import io.helidon.common.buffers.BufferData;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Counts the frames a connection receives (pongs too), so that a resume can ask the seat's current connection to
 * prove it is alive: ping it and wait for any frame. Thread-safe.
 */
final class SignsOfLife {

    private static final System.Logger log = System.getLogger(SignsOfLife.class.getName());

    private long frames;

    /** A frame arrived. Called on the connection's thread. */
    synchronized void saw() {
        frames++;
        notifyAll();
    }

    /**
     * Pings {@code session} and waits up to {@code wait} for any frame; false at once when {@code gone} says the
     * connection is finishing. The ping is written on a thread of its own, so a connection that no longer reads
     * cannot block the caller.
     */
    boolean answersPing(WsSession session, Duration wait, BooleanSupplier gone) {
        long before;
        synchronized (this) {
            before = frames;
        }
        Thread.ofVirtual().name("coms-resume-probe").start(() -> ping(session));
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            while (frames == before && !gone.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return frames != before;
        }
    }

    private static void ping(WsSession session) {
        try {
            session.ping(BufferData.create(new byte[] {'?'}));
        } catch (RuntimeException e) {
            log.log(Level.DEBUG, "Probe ping not sent: {0}", e.getMessage());
        }
    }
}
