package dev.coms.client.call;

import dev.coms.client.signaling.SignalingTransport;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.SignalMessage;

/**
 * A session's peer-link events: signaling goes straight to the (thread-safe) transport, everything else is
 * re-posted from the link threads to the session thread.
 */
final class LinkEvents implements PeerLink.Events {

    private final CallSession session;
    private final SignalingTransport transport;
    private final SessionChat chat;
    private final CallListener listener;

    LinkEvents(CallSession session, SignalingTransport transport, SessionChat chat, CallListener listener) {
        this.session = session;
        this.transport = transport;
        this.chat = chat;
        this.listener = listener;
    }

    @Override
    public void send(SignalMessage message) {
        transport.send(message);
    }

    @Override
    public void chatReceived(String peerId, byte[] payload) {
        session.post(() -> chat.received(peerId, payload));
    }

    @Override
    public void chatOpened(String peerId) {
        session.post(() -> chat.opened(peerId));
    }

    @Override
    public void peerState(String peerId, CallListener.PeerState state) {
        session.post(() -> listener.onPeerState(peerId, state));
    }

    @Override
    public void trackEnded(String peerId, TrackKind kind) {
        session.post(() -> listener.onRemoteTrackEnded(peerId, kind));
    }

    @Override
    public void stats(PeerStats stats) {
        session.post(() -> listener.onStats(stats));
    }
}
