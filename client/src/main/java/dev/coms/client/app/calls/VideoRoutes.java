package dev.coms.client.app.calls;

import dev.coms.client.call.media.FrameConverter;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.protocol.peer.TrackKind;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which tile shows whose video. A participant has one tile: it shows their shared screen while they share one and
 * their camera otherwise. Each frame is converted by libyuv straight into the buffer the tile's {@link FrameSink}
 * lends, without allocating.
 *
 * <p>Threading: {@link #deliver} runs on WebRTC decoder threads (one per stream); the rest on any thread. A
 * participant's camera and screen decode on different threads, so each route takes a small lock to keep the
 * sink's one-writer-at-a-time contract.
 */
final class VideoRoutes {

    private static final Logger log = LoggerFactory.getLogger(VideoRoutes.class);

    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Set<String> sharingScreen = ConcurrentHashMap.newKeySet();

    void attach(String participantId, FrameSink sink) {
        routes.put(participantId, new Route(sink));
    }

    void detach(String participantId) {
        routes.remove(participantId);
    }

    /** Whether the participant's tile shows their screen (from the roster's media state). */
    void screenSharing(String participantId, boolean sharing) {
        if (sharing) {
            sharingScreen.add(participantId);
        } else {
            sharingScreen.remove(participantId);
        }
    }

    void forget(String participantId) {
        routes.remove(participantId);
        sharingScreen.remove(participantId);
    }

    /** A decoded remote frame; the engine releases it after this returns. */
    void deliver(String participantId, TrackKind kind, VideoFrame frame) {
        Route route = routes.get(participantId);
        if (route != null && (kind == TrackKind.SCREEN) == sharingScreen.contains(participantId)) {
            route.draw(frame);
        }
    }

    /** One tile's sink. */
    static final class Route {
        private final FrameSink sink;

        Route(FrameSink sink) {
            this.sink = sink;
        }

        synchronized void draw(VideoFrame frame) {
            draw(sink, frame);
        }

        /** Converts {@code frame} into a buffer lent by {@code sink} and publishes it; drops it when none is free. */
        static void draw(FrameSink sink, VideoFrame frame) {
            ByteBuffer target = sink.acquire(frame.buffer.getWidth(), frame.buffer.getHeight());
            if (target == null) {
                return;
            }
            try {
                FrameConverter.toBgra(frame, target);
            } catch (RuntimeException e) {
                log.debug("Dropped a frame that could not be converted", e);
                return;
            }
            sink.publish();
        }
    }
}
