package dev.coms.client.signaling;

import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalMessage;

/** Receives a {@link SignalingTransport}'s events, in order, on the transport's own event thread. */
public interface SignalingListener {

    /** A message from the server. */
    void onMessage(SignalMessage message);

    /** The connection changed state. */
    default void onConnectionState(SignalingTransport.ConnectionState state) {}

    /**
     * The server refused to let this client into the room (or back in, on a resume) at the WebSocket upgrade, with
     * one of the refusal codes of docs/protocol.md ({@link RefusalCode#UNKNOWN} for a reply that is not the
     * server's). The connection then closes for good: a {@code CLOSED} state follows.
     */
    default void onRefused(RefusalCode code) {}
}
