package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrackSource;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
    private final ScheduledExecutorService pusher;
    private ScheduledFuture<?> running;

    public SyntheticVideoInput(String label, int width, int height, int fps) {
        if (width < 80 || height < 60 || width % 2 != 0 || height % 2 != 0 || fps < 1) {
            throw new IllegalArgumentException("need an even size of at least 80x60 and fps >= 1");
        }
        this.label = label;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.pusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "coms-test-pattern-" + label);
            t.setDaemon(true);
            return t;
        });
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
    public synchronized void start() {
        if (running == null) {
            running = pusher.scheduleAtFixedRate(this::pushFrame, 0, 1_000_000 / fps, TimeUnit.MICROSECONDS);
        }
    }

    /** Stops pushing; returns once a push in progress has finished. */
    @Override
    public synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
            try {
                pusher.submit(() -> {}).get();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
                // nothing was running
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
        pusher.shutdown();
        try {
            pusher.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
