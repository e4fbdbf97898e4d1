package dev.coms.client.signaling;

import dev.coms.protocol.signal.SignalMessage;

/** Receives a {@link SignalingTransport}'s events, in order, on the transport's own event thread. */
public interface SignalingListener {

    /** A message from the server. */
    void onMessage(SignalMessage message);

    /** The connection changed state. */
    default void onConnectionState(SignalingTransport.ConnectionState state) {}
}
