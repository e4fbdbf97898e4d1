package dev.coms.client.app.calls;

import dev.coms.client.signaling.SignalingListener;
import dev.coms.client.signaling.SignalingTransport;
import dev.coms.protocol.signal.SignalMessage;
import java.util.concurrent.RejectedExecutionException;

/**
 * A signaling transport whose {@link #close()} never throws. {@link dev.coms.client.signaling.SignalingClient}
 * rejects a close that comes after the server already closed the room's socket (its event thread has ended); the
 * call session closes its transport while ending the call, and a throw there would stop the end from reaching the
 * room. Closing an already closed transport is simply done.
 */
final class ClosableTransport implements SignalingTransport {

    private final SignalingTransport delegate;

    ClosableTransport(SignalingTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public void start(SignalingListener listener) {
        delegate.start(listener);
    }

    @Override
    public boolean send(SignalMessage message) {
        return delegate.send(message);
    }

    @Override
    public void close() {
        try {
            delegate.close();
        } catch (RejectedExecutionException alreadyClosed) {
            // the server closed the socket first; nothing is left to close
        }
    }
}
