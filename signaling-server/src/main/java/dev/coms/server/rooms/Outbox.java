package dev.coms.server.rooms;

import io.helidon.websocket.WsSession;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The bounded queue of messages waiting to be written to one participant. Helidon's {@code WsSession.send} writes
 * synchronously under a lock, so a participant who reads slowly would stall every sender; instead senders only
 * enqueue here (never blocking) and one drain task per participant does the writing. When more than
 * {@code maxBytes} are waiting, {@link #offer} refuses and the caller drops that participant alone.
 *
 * <p>Thread-safe: any thread may offer; at most one drain task runs at a time.
 */
final class Outbox {

    /** What happens when writing fails or the queue overflows; called at most once, on an executor thread. */
    interface FailureHandler {
        void outboxFailed(String why);
    }

    private record Close(int code, String reason) {}

    /** A relayed message, with whose share of the queue it uses. */
    private record Relay(String sender, String text) {}

    /** What became of a relayed message. */
    enum RelayResult {
        QUEUED,
        /** This sender already has its share of the queue waiting: it must slow down; the recipient is fine. */
        SENDER_OVER_SHARE,
        /** The outbox is closed or overflowed (the recipient is being dropped). */
        CLOSED
    }

    private final WsSession session;
    private final Executor executor;
    private final int maxBytes;
    private final FailureHandler onFailure;
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private int queuedBytes;
    private final Map<String, Integer> bySender = new HashMap<>();
    private boolean draining;
    private boolean closed;
    private boolean failed;

    Outbox(WsSession session, Executor executor, int maxBytes, FailureHandler onFailure) {
        this.session = session;
        this.executor = executor;
        this.maxBytes = maxBytes;
        this.onFailure = onFailure;
    }

    /**
     * Queues a text message. Returns false when the outbox is closed or full; when full, the failure handler is told
     * (the participant reads too slowly and is dropped).
     */
    boolean offer(String text) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (queuedBytes + text.length() > maxBytes) {
                closed = true;
                queue.clear();
            } else {
                queue.add(text);
                queuedBytes += text.length();
                startDrainLocked();
                return true;
            }
        }
        fail("outbound queue overflow");
        return false;
    }

    /**
     * Queues a message relayed from {@code sender}. One sender may have at most half the queue waiting here: a sender
     * who floods a recipient is refused ({@link RelayResult#SENDER_OVER_SHARE}) instead of getting the recipient
     * dropped; only the traffic of several senders together (a recipient who really reads too slowly) overflows it.
     */
    RelayResult offerRelay(String sender, String text) {
        synchronized (this) {
            if (closed) {
                return RelayResult.CLOSED;
            }
            int mine = bySender.getOrDefault(sender, 0);
            if (mine + text.length() > maxBytes / 2) {
                return RelayResult.SENDER_OVER_SHARE;
            }
            if (queuedBytes + text.length() <= maxBytes) {
                queue.add(new Relay(sender, text));
                queuedBytes += text.length();
                bySender.put(sender, mine + text.length());
                startDrainLocked();
                return RelayResult.QUEUED;
            }
            closed = true;
            queue.clear();
            bySender.clear();
        }
        fail("outbound queue overflow");
        return RelayResult.CLOSED;
    }

    /** Queues a close frame after everything already queued; nothing can be offered afterwards. */
    void close(int code, String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(new Close(code, reason));
            startDrainLocked();
        }
    }

    /** True when nothing is queued or being written. */
    synchronized boolean isIdle() {
        return !draining;
    }

    /** True once {@link #close} was called or the queue failed. */
    synchronized boolean isClosed() {
        return closed;
    }

    private void startDrainLocked() {
        if (!draining) {
            draining = true;
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining = false; // the server is stopping; nothing more is written
            }
        }
    }

    private void drain() {
        while (true) {
            Object next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
                if (next instanceof String text) {
                    queuedBytes -= text.length();
                } else if (next instanceof Relay relay) {
                    queuedBytes -= relay.text().length();
                    bySender.computeIfPresent(
                            relay.sender(),
                            (k, v) -> v == relay.text().length()
                                    ? null
                                    : v - relay.text().length());
                }
            }
            try {
                if (next instanceof String text) {
                    session.send(text, true);
                } else if (next instanceof Relay relay) {
                    session.send(relay.text(), true);
                } else if (next instanceof Close close) {
                    session.close(close.code(), close.reason());
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    closed = true;
                    queue.clear();
                    bySender.clear();
                    draining = false;
                }
                fail("write failed: " + e.getMessage());
                return;
            }
        }
    }

    private void fail(String why) {
        synchronized (this) {
            if (failed) {
                return;
            }
            failed = true;
        }
        try {
            executor.execute(() -> onFailure.outboxFailed(why));
        } catch (RejectedExecutionException e) {
            // the server is stopping; the connection goes with it
        }
    }
}
