package dev.coms.client.call.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coms.client.call.RtcRuntime;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The frame counter survives a round trip (and scaling); BGRA conversion shows its blocks as black and white. */
class FrameCodingTest {

    private static RtcRuntime rtc;

    @BeforeAll
    static void start() {
        rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC); // natives must be loaded first
    }

    @AfterAll
    static void stop() {
        rtc.close();
    }

    @Test
    void counterReadsBackAndSurvivesDownscaling() {
        NativeI420Buffer frame = NativeI420Buffer.allocate(320, 240);
        try {
            for (int counter : new int[] {0, 1, 777, 65535}) {
                FrameCounterCode.write(frame, counter);
                assertThat(FrameCounterCode.read(frame)).isEqualTo(counter);
            }
            FrameCounterCode.write(frame, 4242);
            var smaller = frame.cropAndScale(0, 0, 320, 240, 160, 120).toI420();
            try {
                assertThat(smaller.getWidth()).isEqualTo(160);
                assertThat(FrameCounterCode.read(smaller)).isEqualTo(4242);
            } finally {
                smaller.release();
            }
        } finally {
            frame.release();
        }
    }

    @Test
    void aFrameWithoutACodeReadsAsUnknown() {
        NativeI420Buffer frame = NativeI420Buffer.allocate(320, 240);
        try {
            for (int i = 0; i < frame.getStrideY() * 240; i++) {
                frame.getDataY().put(i, (byte) 235); // all white: the checksum cannot match
            }
            assertThat(FrameCounterCode.read(frame)).isEqualTo(-1);
        } finally {
            frame.release();
        }
    }

    @Test
    void bgraConversionShowsTheBlocks() {
        NativeI420Buffer buffer = NativeI420Buffer.allocate(320, 240);
        for (int i = 0; i < buffer.getStrideU() * 120; i++) {
            buffer.getDataU().put(i, (byte) 128);
            buffer.getDataV().put(i, (byte) 128);
        }
        FrameCounterCode.write(buffer, 1); // bit 0 white, bit 1 black
        VideoFrame frame = new VideoFrame(buffer, 0);
        try {
            ByteBuffer bgra = ByteBuffer.allocateDirect(FrameConverter.bgraSize(frame));
            FrameConverter.toBgra(frame, bgra);
            int block = FrameCounterCode.blockSize(320);
            int white = (block / 2 * 320 + block / 2) * 4;
            int black = (block / 2 * 320 + block + block / 2) * 4;
            assertThat(bgra.get(white) & 0xFF).isGreaterThan(240);
            assertThat(bgra.get(black) & 0xFF).isLessThan(15);
            assertThat(bgra.get(white + 3) & 0xFF).isEqualTo(255);
            assertThatThrownBy(() -> FrameConverter.toBgra(frame, ByteBuffer.allocate(10)))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            frame.release();
        }
    }
}
