package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.audio.AudioRecorder;
import java.util.function.DoubleConsumer;

/**
 * Records a microphone only to show its level (Settings), without a call: the binding's {@link AudioRecorder}
 * opens an audio module of its own. Only for a runtime in {@code DEVICES} audio mode, i.e. after the device probe
 * found a sound server and this microphone (without one, creating an audio module aborts the process).
 */
public final class MicrophoneMeter implements AutoCloseable {

    private final AudioRecorder recorder = new AudioRecorder();

    private MicrophoneMeter() {}

    /** Starts metering {@code device}; {@code level} (0–1) is called about 20 times a second on an audio thread. */
    public static MicrophoneMeter start(AudioDevice device, DoubleConsumer level) throws MediaUnavailableException {
        MicrophoneMeter meter = new MicrophoneMeter();
        LevelMeter levels = new LevelMeter(level);
        meter.recorder.setAudioDevice(device);
        meter.recorder.setAudioSink((samples, frames, bytesPerFrame, channels, rate, delay, drift) ->
                levels.feed(samples, frames, channels));
        try {
            meter.recorder.start();
        } catch (RuntimeException | Error e) { // the binding reports device errors as java.lang.Error
            throw new MediaUnavailableException(MediaProblem.MICROPHONE_FAILED, "The microphone meter did not open", e);
        }
        return meter;
    }

    @Override
    public void close() {
        try {
            recorder.stop();
        } catch (RuntimeException | Error e) {
            // already gone with its device; nothing is left to release
        }
    }
}
