package dev.coms.client.app.calls;

import dev.coms.client.ui.port.FrameSink;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/** A tile's sink that reuses one direct buffer and remembers what the last published frame looked like. */
final class CountingSink implements FrameSink {

    final AtomicInteger published = new AtomicInteger();
    volatile int width;
    volatile int height;
    /** Alpha of the last frame's first pixel (BGRA: byte 3); 255 for an opaque converted frame. */
    volatile int alpha = -1;

    private ByteBuffer buffer;

    @Override
    public ByteBuffer acquire(int w, int h) {
        if (buffer == null || buffer.capacity() != w * h * 4) {
            buffer = ByteBuffer.allocateDirect(w * h * 4);
        }
        width = w;
        height = h;
        return buffer;
    }

    @Override
    public void publish() {
        alpha = buffer.get(3) & 0xFF;
        published.incrementAndGet();
    }
}
