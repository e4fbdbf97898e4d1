package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;

/**
 * A sine tone (48 kHz mono, 16-bit) pushed in 10 ms chunks from its own daemon thread: the microphone of tests,
 * benchmarks and machines without one. Create it only after the {@code RtcRuntime} is started.
 */
public final class ToneAudioInput implements AudioInput {

    private static final int RATE = 48_000;
    private static final int CHUNK = RATE / 100;

    private final double hertz;
    private final CustomAudioSource source = new CustomAudioSource();
    private final byte[] chunk = new byte[CHUNK * 2];
    private final Pusher pusher = new Pusher("coms-tone", 10_000, this::push);
    private long sample;
    private boolean closed;

    public ToneAudioInput(double hertz) {
        this.hertz = hertz;
        AudioSinkGuard.pusherCreated();
    }

    @Override
    public AudioTrackSource source() {
        return source;
    }

    @Override
    public String label() {
        return "Tone " + (int) hertz + " Hz";
    }

    @Override
    public void start() {
        pusher.start();
    }

    /** Stops pushing; returns once a push in progress has finished. */
    @Override
    public void stop() {
        pusher.stop();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        pusher.close();
        source.dispose();
        AudioSinkGuard.pusherClosed();
    }

    private void push() {
        for (int i = 0; i < CHUNK; i++) {
            short value = (short) (8000 * Math.sin(2 * Math.PI * hertz * sample++ / RATE));
            chunk[2 * i] = (byte) value;
            chunk[2 * i + 1] = (byte) (value >> 8);
        }
        AudioSinkGuard.push(() -> source.pushAudio(chunk, 16, RATE, 1, CHUNK));
    }
}
