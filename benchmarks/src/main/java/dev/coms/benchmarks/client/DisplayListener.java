package dev.coms.benchmarks.client;

import dev.coms.client.call.CallListener;
import dev.coms.client.call.media.FrameConverter;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.Participant;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A call listener that does with each remote frame what the room's video tile does on the engine's thread: convert
 * it with libyuv into a reused direct BGRA buffer. It records, per stream, when the first frame was written, how
 * many frames were written, and the gaps between frames; and when the room welcomed us and when the first media
 * connection came up, to break a join down into its steps.
 */
final class DisplayListener implements CallListener {

    /** One remote stream's display buffer and timings. Written by that stream's decoder thread only. */
    static final class Stream {
        private ByteBuffer pixels = ByteBuffer.allocateDirect(0);
        volatile long firstWrittenNanos;
        volatile String firstSize;
        volatile int width;
        volatile int height;
        volatile long frames;
        volatile long lastNanos;
        volatile long freezes;
        volatile long maxGapNanos;

        void write(VideoFrame frame) {
            int size = FrameConverter.bgraSize(frame);
            if (pixels.capacity() != size) {
                pixels = ByteBuffer.allocateDirect(size);
            }
            FrameConverter.toBgra(frame, pixels);
            width = frame.buffer.getWidth();
            height = frame.buffer.getHeight();
            long now = System.nanoTime();
            if (frames == 0) {
                firstSize = frame.buffer.getWidth() + "x" + frame.buffer.getHeight();
                firstWrittenNanos = now;
            } else {
                long gap = now - lastNanos;
                if (gap > FREEZE_NANOS) {
                    freezes++;
                }
                maxGapNanos = Math.max(maxGapNanos, gap);
            }
            lastNanos = now;
            frames++;
        }

        /** Starts a measuring window: gaps and freezes count from now. */
        void resetGaps() {
            freezes = 0;
            maxGapNanos = 0;
        }
    }

    /** A gap between two frames longer than this is a freeze. */
    static final long FREEZE_NANOS = 500_000_000L;

    final Map<String, Stream> streams = new ConcurrentHashMap<>();
    volatile long joinedNanos;
    volatile long linkNanos;
    volatile long connectedNanos;

    Stream stream(String participantId) {
        return streams.computeIfAbsent(participantId, id -> new Stream());
    }

    @Override
    public void onJoined(String selfId, List<Participant> roster) {
        if (joinedNanos == 0) {
            joinedNanos = System.nanoTime();
        }
    }

    @Override
    public void onPeerState(String participantId, PeerState state) {
        if (linkNanos == 0) {
            linkNanos = System.nanoTime();
        }
        if (state == PeerState.CONNECTED && connectedNanos == 0) {
            connectedNanos = System.nanoTime();
        }
    }

    @Override
    public void onRemoteVideoFrame(String participantId, TrackKind kind, VideoFrame frame) {
        if (kind == TrackKind.CAMERA) {
            stream(participantId).write(frame);
        }
    }
}
