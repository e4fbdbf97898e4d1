package dev.coms.client.call.media;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.audio.AudioDeviceModule;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;

/**
 * The microphone, captured by the audio module (echo cancellation, noise suppression and gain control on).
 * Needs a runtime in {@code DEVICES} audio mode. Switching device restarts recording on the module.
 */
public final class MicrophoneInput implements AudioInput {

    private final AudioDeviceModule module;
    private final AudioTrackSource source;
    private AudioDevice device;

    public MicrophoneInput(PeerConnectionFactory factory, AudioDeviceModule module, AudioDevice device) {
        this.module = module;
        this.device = device;
        AudioOptions options = new AudioOptions();
        options.echoCancellation = true;
        options.noiseSuppression = true;
        options.autoGainControl = true;
        options.highpassFilter = true;
        this.source = factory.createAudioSource(options);
    }

    @Override
    public AudioTrackSource source() {
        return source;
    }

    @Override
    public synchronized String label() {
        return device == null ? "Default microphone" : device.getName();
    }

    @Override
    public synchronized void start() throws MediaUnavailableException {
        try {
            if (device != null) {
                module.setRecordingDevice(device);
            }
            module.initRecording();
            module.startRecording();
        } catch (Throwable e) {
            throw new MediaUnavailableException(
                    MediaProblem.MICROPHONE_FAILED, "Microphone " + label() + " did not start", e);
        }
    }

    /** Records from another device from now on. */
    public synchronized void switchTo(AudioDevice next) throws MediaUnavailableException {
        stop();
        device = next;
        start();
    }

    @Override
    public synchronized void stop() {
        module.stopRecording();
    }

    @Override
    public void close() {
        stop(); // the source is released with the last track that uses it
    }
}
