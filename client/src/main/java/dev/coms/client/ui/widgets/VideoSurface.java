package dev.coms.client.ui.widgets;

import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.FrameSink;
import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Shows one video track: the engine fills one of three reused direct buffers, the newest filled buffer wins through
 * an {@link AtomicReference}, and at most one FX update is pending at a time. On the FX thread the frame is copied
 * into a {@link PixelBuffer} (premultiplied BGRA) with {@link PixelBuffer#updateBuffer}. Buffers and the image are
 * allocated only when the frame size changes.
 */
public final class VideoSurface implements FrameSink {

    private final UiExecutor ui;
    private final ArrayBlockingQueue<Slot> free = new ArrayBlockingQueue<>(3);
    private final AtomicReference<Slot> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable present = this::present;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private Slot writing;
    private PixelBuffer<ByteBuffer> pixels;
    private long shown;

    public VideoSurface(UiExecutor ui) {
        this.ui = ui;
        for (int i = 0; i < 3; i++) {
            free.add(new Slot());
        }
    }

    /** The image to show (changes only when the frame size changes). FX thread. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** How many frames reached the screen so far (a running call keeps counting, also while not in view). FX thread. */
    public long framesShown() {
        return shown;
    }

    @Override
    public ByteBuffer acquire(int width, int height) {
        if (writing != null) {
            free.offer(writing);
            writing = null;
        }
        Slot slot = free.poll();
        if (slot == null) {
            return null;
        }
        slot.fit(width, height);
        writing = slot;
        return slot.buffer;
    }

    @Override
    public void publish() {
        Slot filled = writing;
        writing = null;
        if (filled == null) {
            return;
        }
        Slot dropped = latest.getAndSet(filled);
        if (dropped != null) {
            free.offer(dropped);
        }
        if (pending.compareAndSet(false, true)) {
            ui.onUi(present);
        }
    }

    private void present() {
        pending.set(false);
        Slot slot = latest.getAndSet(null);
        if (slot == null) {
            return;
        }
        if (pixels == null || pixels.getWidth() != slot.width || pixels.getHeight() != slot.height) {
            ByteBuffer target = ByteBuffer.allocateDirect(slot.width * slot.height * 4);
            pixels = new PixelBuffer<>(slot.width, slot.height, target, PixelFormat.getByteBgraPreInstance());
            image.set(new WritableImage(pixels));
        }
        pixels.updateBuffer(pb -> {
            ByteBuffer target = pb.getBuffer();
            target.clear();
            slot.buffer.clear();
            target.put(slot.buffer);
            target.clear();
            return null;
        });
        shown++;
        free.offer(slot);
    }

    /** One reusable frame buffer. */
    private static final class Slot {
        ByteBuffer buffer = ByteBuffer.allocateDirect(0);
        int width;
        int height;

        void fit(int w, int h) {
            if (w != width || h != height) {
                buffer = ByteBuffer.allocateDirect(w * h * 4);
                width = w;
                height = h;
            }
            buffer.clear();
        }
    }
}
