package dev.coms.benchmarks.client;

import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.FrameConverter;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The render path of one incoming frame (JMH): {@code convert} is what the engine's thread does (libyuv I420 → BGRA
 * into the tile's reused direct buffer, {@link FrameConverter}); {@code convertAndPresent} adds what the video tile
 * then does on the FX thread ({@code VideoSurface}: copy that buffer into the {@code PixelBuffer}'s direct buffer).
 * {@code planeViews} is only what webrtc-java's converter does first, taking a view of each plane of the frame:
 * with {@code -prof gc} (bytes allocated per frame) it shows where {@code convert}'s allocation comes from.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class RenderPathBenchmark {

    @Param({"1280x720", "1920x1080"})
    public String size;

    private RtcRuntime rtc;
    private VideoFrame frame;
    private ByteBuffer slot;
    private ByteBuffer pixels;

    @Setup
    public void setUp() {
        rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC); // loads libwebrtc before any frame is made
        int width = Integer.parseInt(size.substring(0, size.indexOf('x')));
        int height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
        NativeI420Buffer buffer = NativeI420Buffer.allocate(width, height);
        fill(buffer.getDataY(), (byte) 90);
        fill(buffer.getDataU(), (byte) 110);
        fill(buffer.getDataV(), (byte) 140);
        frame = new VideoFrame(buffer, 0);
        slot = ByteBuffer.allocateDirect(width * height * 4);
        pixels = ByteBuffer.allocateDirect(width * height * 4);
    }

    @TearDown
    public void tearDown() {
        frame.release();
        rtc.close();
    }

    @Benchmark
    public ByteBuffer convert() {
        FrameConverter.toBgra(frame, slot);
        return slot;
    }

    @Benchmark
    public ByteBuffer convertAndPresent() {
        FrameConverter.toBgra(frame, slot);
        pixels.clear();
        slot.clear();
        pixels.put(slot);
        pixels.clear();
        return pixels;
    }

    @Benchmark
    public void planeViews(Blackhole sink) {
        NativeI420Buffer buffer = (NativeI420Buffer) frame.buffer;
        sink.consume(buffer.getDataY());
        sink.consume(buffer.getDataU());
        sink.consume(buffer.getDataV());
    }

    private static void fill(ByteBuffer plane, byte value) {
        for (int i = 0; i < plane.capacity(); i++) {
            plane.put(i, value);
        }
    }
}
