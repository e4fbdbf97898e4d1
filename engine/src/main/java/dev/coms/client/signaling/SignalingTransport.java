package dev.coms.client.signaling;

import dev.coms.protocol.signal.SignalMessage;

/**
 * A room's signaling channel as the call engine sees it: typed messages out, typed messages in.
 *
 * <p>Production uses {@link SignalingClient} (a WebSocket that reconnects and resumes by itself); tests may use an
 * in-process relay that follows the same room protocol. Implementations deliver every inbound message to the
 * listener in arrival order, one at a time, on a single thread of their own (never the caller's).
 */
public interface SignalingTransport extends AutoCloseable {

    /** Starts connecting and delivering events to {@code listener}. Called once. */
    void start(SignalingListener listener);

    /**
     * Queues a message for the server. Thread-safe and non-blocking.
     *
     * @return false when the message could not be queued (not connected right now, or closed)
     */
    boolean send(SignalMessage message);

    /** Closes the channel for good; no events follow except possibly {@link ConnectionState#CLOSED}. */
    @Override
    void close();

    /** State of the channel, as far as the transport knows it. */
    enum ConnectionState {
        CONNECTING,
        CONNECTED,
        /** The connection dropped; the transport is trying to resume. Peer connections keep running. */
        RECONNECTING,
        /** Closed for good (by us, by the server, or after giving up). */
        CLOSED
    }
}
