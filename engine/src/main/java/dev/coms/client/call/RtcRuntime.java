package dev.coms.client.call;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.audio.AudioDeviceModule;
import dev.onvoid.webrtc.media.audio.AudioLayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's WebRTC engine: one audio device module and one {@link PeerConnectionFactory}, shared by every
 * call. Always created with an explicit audio module (without one, a machine with no sound device aborts the
 * JVM): {@link AudioMode#DEVICES} uses the sound server for microphone and speaker; {@link AudioMode#SYNTHETIC}
 * uses a dummy module (no capture, no playout), for machines without sound and for tests.
 *
 * <p>Close it only after every {@link CallSession} using it is closed; disposing the factory while peer
 * connections are open can crash the process. Thread-safe.
 */
public final class RtcRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RtcRuntime.class);

    /** Which audio module to use. */
    public enum AudioMode {
        /** Real microphone and speaker through the platform's sound system. */
        DEVICES,
        /** No sound hardware: synthetic sources can send, nothing is played out. */
        SYNTHETIC
    }

    private final AudioMode audioMode;
    private final AudioDeviceModule audioModule;
    private final PeerConnectionFactory factory;
    private boolean closed;

    private RtcRuntime(AudioMode audioMode) {
        this.audioMode = audioMode;
        this.audioModule = new AudioDeviceModule(
                audioMode == AudioMode.DEVICES ? AudioLayer.kPlatformDefaultAudio : AudioLayer.kDummyAudio);
        this.factory = new PeerConnectionFactory(audioModule);
    }

    /** Starts the engine. Choose {@link AudioMode#DEVICES} only after {@link DeviceProbe} found a sound server. */
    public static RtcRuntime start(AudioMode audioMode) {
        log.info("Starting WebRTC with {} audio", audioMode);
        return new RtcRuntime(audioMode);
    }

    public AudioMode audioMode() {
        return audioMode;
    }

    /** The shared factory; valid until {@link #close()}. */
    public PeerConnectionFactory factory() {
        return factory;
    }

    /** The audio module (device selection, playout); valid until {@link #close()}. */
    public AudioDeviceModule audioModule() {
        return audioModule;
    }

    /**
     * Plays received audio on {@code speaker} (a device from {@code DeviceProbe}). Only in {@link AudioMode#DEVICES}.
     *
     * @throws IllegalStateException in synthetic mode, where nothing is played out
     */
    public synchronized void selectSpeaker(AudioDevice speaker) {
        if (audioMode != AudioMode.DEVICES) {
            throw new IllegalStateException("No sound output in synthetic audio mode");
        }
        audioModule.stopPlayout();
        audioModule.setPlayoutDevice(speaker);
        audioModule.initPlayout();
        audioModule.startPlayout();
    }

    /** Disposes the factory, then the audio module. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        factory.dispose();
        audioModule.dispose();
    }
}
