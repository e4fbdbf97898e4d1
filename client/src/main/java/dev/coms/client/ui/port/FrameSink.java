package dev.coms.client.ui.port;

import java.nio.ByteBuffer;

/**
 * Where the call engine writes one video track's decoded frames, without allocating per frame. Per frame the
 * engine's video thread calls {@link #acquire}, fills the buffer with premultiplied BGRA pixels (libyuv
 * {@code FourCC.ARGB}), then {@link #publish}. Both are called from one engine thread at a time and never block.
 */
public interface FrameSink {

    /** A direct buffer of {@code width * height * 4} bytes to fill, or null to drop this frame. */
    ByteBuffer acquire(int width, int height);

    /** The buffer last returned by {@link #acquire} is filled; the newest frame replaces any not yet shown. */
    void publish();
}
