package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "coms-tone");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> running;
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
    public synchronized void start() {
        if (running == null) {
            running = pusher.scheduleAtFixedRate(this::push, 0, 10, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops pushing; returns once a push in progress has finished. */
    @Override
    public synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
            try {
                pusher.submit(() -> {}).get();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
                // nothing was running
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stop();
        pusher.shutdown();
        try {
            pusher.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
