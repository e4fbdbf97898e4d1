package dev.coms.client.call;

import dev.coms.client.call.media.AudioInput;
import dev.coms.client.call.media.AudioSinkGuard;
import dev.coms.client.call.media.MediaInput;
import dev.coms.client.call.media.MediaUnavailableException;
import dev.coms.client.call.media.VideoInput;
import dev.coms.protocol.peer.TrackKind;
import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local user's inputs and tracks: at most one microphone (or tone), one camera (or test pattern) and one
 * screen. Each kind has an input, the track made from it, and an on/off switch; a track that is off is not sent
 * at all (senders carry no track), and its input is stopped so the device is released.
 *
 * <p>Threading: a {@link CallSession} drives it from its session thread; on its own it is thread-safe.
 */
public final class LocalMedia implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMedia.class);

    private final PeerConnectionFactory factory;
    private final Map<TrackKind, Slot> slots = new EnumMap<>(TrackKind.class);

    /** One kind's input and track; {@link #dispose()} frees both. */
    static final class Slot {
        final MediaInput input;
        final MediaStreamTrack track;
        boolean on;

        Slot(MediaInput input, MediaStreamTrack track) {
            this.input = input;
            this.track = track;
        }

        void dispose() {
            input.stop();
            boolean released = AudioSinkGuard.changingSenders(
                    () -> { // detaching changes the source's sinks
                        try {
                            track.dispose();
                            return true;
                        } catch (Error e) { // the binding's way of saying a peer connection still holds the track
                            log.warn("A {} track is still in use; keeping it and its source alive", input.label(), e);
                            return false;
                        }
                    });
            if (released) {
                input.close(); // disposing a source under a live track would crash the process
            }
        }
    }

    public LocalMedia(RtcRuntime rtc) {
        this.factory = rtc.factory();
    }

    /**
     * Installs {@code input} for {@code kind} (AUDIO takes an {@link AudioInput}, CAMERA and SCREEN a
     * {@link VideoInput}) and starts it when {@code on}. Returns the replaced slot, which the caller disposes
     * once no sender uses its track any more, or null.
     */
    synchronized Slot install(TrackKind kind, MediaInput input, boolean on) throws MediaUnavailableException {
        String id = kind.streamId() + "-" + UUID.randomUUID();
        MediaStreamTrack track = switch (kind) {
            case AUDIO -> factory.createAudioTrack(id, ((AudioInput) input).source());
            case CAMERA, SCREEN -> factory.createVideoTrack(id, ((VideoInput) input).source());
        };
        Slot slot = new Slot(input, track);
        if (on) {
            try {
                input.start();
            } catch (MediaUnavailableException e) {
                slot.dispose();
                throw e;
            }
            slot.on = true;
        }
        return slots.put(kind, slot);
    }

    /**
     * Sets up {@code input} for {@code kind} before joining (or for a preview), disposing any previous input of
     * that kind. While a {@link CallSession} uses this media, use {@link CallSession#useInput} instead.
     */
    public void prepare(TrackKind kind, MediaInput input, boolean on) throws MediaUnavailableException {
        Slot old = install(kind, input, on);
        if (old != null) {
            old.dispose();
        }
    }

    /** Removes {@code kind}'s input; returns the slot for the caller to dispose after senders let go, or null. */
    synchronized Slot uninstall(TrackKind kind) {
        return slots.remove(kind);
    }

    /** Switches {@code kind} on or off; returns false when there is no input of that kind. */
    synchronized boolean setOn(TrackKind kind, boolean on) throws MediaUnavailableException {
        Slot slot = slots.get(kind);
        if (slot == null) {
            return false;
        }
        if (on && !slot.on) {
            slot.input.start();
        } else if (!on && slot.on) {
            slot.input.stop();
        }
        slot.on = on;
        return true;
    }

    /** The track peers should receive for {@code kind} right now, or null (none, or switched off). */
    public synchronized MediaStreamTrack sendingTrack(TrackKind kind) {
        Slot slot = slots.get(kind);
        return slot != null && slot.on ? slot.track : null;
    }

    /** The local track of {@code kind} (also when off), e.g. for a self-view sink; null when none. */
    public synchronized MediaStreamTrack track(TrackKind kind) {
        Slot slot = slots.get(kind);
        return slot == null ? null : slot.track;
    }

    public synchronized boolean isOn(TrackKind kind) {
        Slot slot = slots.get(kind);
        return slot != null && slot.on;
    }

    /** Label of the input of {@code kind}, or null. */
    public synchronized String label(TrackKind kind) {
        Slot slot = slots.get(kind);
        return slot == null ? null : slot.input.label();
    }

    /** Disposes every track and input. Call after every peer connection using them is closed. */
    @Override
    public synchronized void close() {
        slots.values().forEach(Slot::dispose);
        slots.clear();
    }
}
