package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.FourCC;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.nio.ByteBuffer;

/**
 * Converts a decoded frame to 32-bit BGRA (bytes B, G, R, A; the layout of JavaFX's premultiplied BGRA pixel
 * format, alpha always opaque) with libyuv, into a caller-owned direct buffer that is reused frame after frame.
 * Thread-safe; call it inside {@code onRemoteVideoFrame}, before the frame is released.
 */
public final class FrameConverter {

    private FrameConverter() {}

    /** Bytes needed for {@code frame} in BGRA. */
    public static int bgraSize(VideoFrame frame) {
        return frame.buffer.getWidth() * frame.buffer.getHeight() * 4;
    }

    /**
     * Writes {@code frame} into {@code target} from index 0.
     *
     * @throws IllegalArgumentException when {@code target} is not direct or smaller than {@link #bgraSize}
     */
    public static void toBgra(VideoFrame frame, ByteBuffer target) {
        if (!target.isDirect() || target.capacity() < bgraSize(frame)) {
            throw new IllegalArgumentException("need a direct buffer of at least " + bgraSize(frame) + " bytes");
        }
        try {
            dev.onvoid.webrtc.media.video.VideoBufferConverter.convertFromI420(frame.buffer, target, FourCC.ARGB);
        } catch (Exception e) {
            throw new IllegalStateException("frame conversion failed", e);
        }
    }
}
