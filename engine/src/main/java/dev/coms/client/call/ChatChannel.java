package dev.coms.client.call;

import dev.onvoid.webrtc.RTCDataChannel;
import dev.onvoid.webrtc.RTCDataChannelBuffer;
import dev.onvoid.webrtc.RTCDataChannelInit;
import dev.onvoid.webrtc.RTCDataChannelObserver;
import dev.onvoid.webrtc.RTCDataChannelState;
import dev.onvoid.webrtc.RTCPeerConnection;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One peer connection's "chat" data channel: pre-negotiated (id 0) on both sides, ordered and reliable. Payloads
 * sent before it opens are queued (bounded) and flushed on open. Confined to the owning link's thread: native
 * callbacks are re-posted through {@code post}, received payloads copied out of native memory first.
 */
final class ChatChannel {

    private static final Logger log = LoggerFactory.getLogger(ChatChannel.class);
    private static final int MAX_UNSENT = 256;

    private final String peerId;
    private final RTCDataChannel channel;
    private final ArrayDeque<byte[]> unsent = new ArrayDeque<>();

    /**
     * @param post runs a task on the link thread
     * @param opened told (on the link thread) once the channel is open
     * @param received told (on the link thread) of each payload
     */
    ChatChannel(
            RTCPeerConnection pc, String peerId, Consumer<Runnable> post, Runnable opened, Consumer<byte[]> received) {
        this.peerId = peerId;
        RTCDataChannelInit init = new RTCDataChannelInit();
        init.negotiated = true;
        init.id = 0;
        init.ordered = true;
        channel = pc.createDataChannel("chat", init);
        channel.registerObserver(new RTCDataChannelObserver() {
            @Override
            public void onBufferedAmountChange(long previous) {}

            @Override
            public void onStateChange() {
                post.accept(() -> {
                    if (channel.getState() == RTCDataChannelState.OPEN) {
                        while (!unsent.isEmpty()) {
                            transmit(unsent.removeFirst());
                        }
                        opened.run();
                    }
                });
            }

            @Override
            public void onMessage(RTCDataChannelBuffer buffer) {
                ByteBuffer data = buffer.data;
                byte[] copy = new byte[data.remaining()];
                data.get(copy);
                post.accept(() -> received.accept(copy));
            }
        });
    }

    /** Sends now, or queues until the channel opens. */
    void send(byte[] payload) {
        if (channel.getState() == RTCDataChannelState.OPEN) {
            transmit(payload);
            return;
        }
        if (unsent.size() == MAX_UNSENT) {
            unsent.removeFirst();
        }
        unsent.addLast(payload);
    }

    /**
     * Stops callbacks and closes the channel; call before closing the peer connection. The wrapper is not
     * disposed: disposing it right after the connection closed is a suspect in native crashes at teardown.
     */
    void close() {
        channel.unregisterObserver();
        channel.close();
    }

    private void transmit(byte[] payload) {
        ByteBuffer exact = ByteBuffer.allocateDirect(payload.length); // send() transmits the whole capacity
        exact.put(payload).flip();
        try {
            channel.send(new RTCDataChannelBuffer(exact, false));
        } catch (Exception e) {
            log.warn("Chat to {} failed: {}", peerId, e.getMessage());
        }
    }
}
