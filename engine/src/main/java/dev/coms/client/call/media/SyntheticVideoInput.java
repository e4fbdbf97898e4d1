package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrackSource;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test pattern: a moving bar with the frame counter painted in by {@link FrameCounterCode}, pushed at a fixed
 * rate from its own daemon thread. For tests, benchmarks, demos, and as a stand-in screen where no display exists.
 * Create it only after the {@code RtcRuntime} is started.
 */
public final class SyntheticVideoInput implements VideoInput {

    private final String label;
    private final int width;
    private final int height;
    private final int fps;
    private final CustomVideoSource source = new CustomVideoSource();
    private final AtomicInteger counter = new AtomicInteger();
    private final Pusher pusher;

    public SyntheticVideoInput(String label, int width, int height, int fps) {
        if (width < 80 || height < 60 || width % 2 != 0 || height % 2 != 0 || fps < 1) {
            throw new IllegalArgumentException("need an even size of at least 80x60 and fps >= 1");
        }
        this.label = label;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.pusher = new Pusher("coms-test-pattern-" + label, 1_000_000 / fps, this::pushFrame);
    }

    @Override
    public VideoTrackSource source() {
        return source;
    }

    @Override
    public String label() {
        return label;
    }

    /** The counter value the next frame will carry (frames pushed so far). */
    public int framesPushed() {
        return counter.get();
    }

    @Override
    public void start() {
        pusher.start();
    }

    /** Stops pushing; returns once a push in progress has finished. */
    @Override
    public void stop() {
        pusher.stop();
    }

    @Override
    public void close() {
        pusher.close();
        source.dispose();
    }

    private void pushFrame() {
        int n = counter.getAndIncrement();
        NativeI420Buffer buffer = NativeI420Buffer.allocate(width, height);
        paint(buffer, n);
        FrameCounterCode.write(buffer, n);
        VideoFrame frame = new VideoFrame(buffer, System.nanoTime());
        try {
            source.pushFrame(frame);
        } finally {
            frame.release();
        }
    }

    private void paint(NativeI420Buffer buffer, int n) {
        ByteBuffer y = buffer.getDataY();
        int stride = buffer.getStrideY();
        int bar = (n * 4) % width;
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                y.put(row * stride + col, (byte) (Math.abs(col - bar) < 8 ? 200 : 60 + row / 4));
            }
        }
        fill(buffer.getDataU(), buffer.getStrideU(), (byte) 110);
        fill(buffer.getDataV(), buffer.getStrideV(), (byte) 140);
    }

    private void fill(ByteBuffer plane, int stride, byte value) {
        int rows = (height + 1) / 2;
        for (int i = 0; i < rows * stride; i++) {
            plane.put(i, value);
        }
    }
}
