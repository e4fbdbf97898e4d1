package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.video.I420Buffer;
import java.nio.ByteBuffer;

/**
 * Writes a 16-bit frame counter into a frame's luma as a grid of big black/white blocks (top-left corner) and
 * reads it back from a received, decoded frame. The blocks scale with the frame width, so the code survives VP8
 * and the sender's resolution scaling. A 4-bit checksum rejects misreads. Stateless and thread-safe.
 */
public final class FrameCounterCode {

    /** Grid columns; the grid spans a quarter of the frame's width. */
    static final int COLUMNS = 5;

    static final int ROWS = 4;
    private static final int BLACK = 16;
    private static final int WHITE = 235;

    private FrameCounterCode() {}

    /** Paints {@code counter} (mod 65536) into the Y plane of {@code frame}. */
    public static void write(I420Buffer frame, int counter) {
        int block = blockSize(frame.getWidth());
        int bits = bitsOf(counter & 0xFFFF);
        ByteBuffer y = frame.getDataY();
        int stride = frame.getStrideY();
        for (int bit = 0; bit < COLUMNS * ROWS; bit++) {
            byte value = (byte) (((bits >>> bit) & 1) == 1 ? WHITE : BLACK);
            int x0 = (bit % COLUMNS) * block;
            int y0 = (bit / COLUMNS) * block;
            for (int row = y0; row < y0 + block; row++) {
                for (int col = x0; col < x0 + block; col++) {
                    y.put(row * stride + col, value);
                }
            }
        }
    }

    /** The counter painted into {@code frame}, or -1 when the blocks do not carry a valid code. */
    public static int read(I420Buffer frame) {
        int block = blockSize(frame.getWidth());
        if (block < 2 || block * ROWS > frame.getHeight()) {
            return -1;
        }
        ByteBuffer y = frame.getDataY();
        int stride = frame.getStrideY();
        int bits = 0;
        for (int bit = 0; bit < COLUMNS * ROWS; bit++) {
            int cx = (bit % COLUMNS) * block + block / 2;
            int cy = (bit / COLUMNS) * block + block / 2;
            int sum = 0;
            for (int dy = -block / 4; dy <= block / 4; dy++) {
                for (int dx = -block / 4; dx <= block / 4; dx++) {
                    sum += y.get((cy + dy) * stride + cx + dx) & 0xFF;
                }
            }
            int side = 2 * (block / 4) + 1;
            if (sum / (side * side) > (BLACK + WHITE) / 2) {
                bits |= 1 << bit;
            }
        }
        int counter = bits & 0xFFFF;
        return bitsOf(counter) == bits ? counter : -1;
    }

    static int blockSize(int width) {
        return width / (COLUMNS * 4);
    }

    private static int bitsOf(int counter) {
        int checksum = (counter + (counter >>> 4) + (counter >>> 8) + (counter >>> 12)) & 0xF;
        return counter | (checksum << 16);
    }
}
