package dev.coms.client.call.runtime;

import dev.coms.client.call.LocalMedia;
import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.CameraInput;
import dev.coms.client.call.media.DeviceProbe;
import dev.coms.client.call.media.MediaInput;
import dev.coms.client.call.media.MediaProblem;
import dev.coms.client.call.media.MediaUnavailableException;
import dev.coms.client.call.media.MicrophoneInput;
import dev.coms.client.call.media.ScreenInput;
import dev.coms.client.call.media.VideoInput;
import dev.coms.protocol.peer.TrackKind;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's camera, microphone, speaker and screen, as found when the engine started. A device chosen in
 * Settings is used when it is still there, otherwise the first one found. Without a sound server the call has no
 * microphone (the engine tells the user); without a camera it sends no video.
 */
final class DeviceMedia implements MediaSources {

    private static final Logger log = LoggerFactory.getLogger(DeviceMedia.class);

    private final Supplier<String> camera;
    private final Supplier<String> microphone;
    private final Supplier<String> speaker;

    DeviceMedia(Supplier<String> camera, Supplier<String> microphone, Supplier<String> speaker) {
        this.camera = camera;
        this.microphone = microphone;
        this.speaker = speaker;
    }

    @Override
    public void prepare(
            CallRuntime.Ready engine,
            LocalMedia media,
            boolean micOn,
            boolean cameraOn,
            Consumer<MediaProblem> problems) {
        var devices = engine.devices();
        var cam = DeviceProbe.pick(devices.cameras(), camera.get());
        if (cam != null) {
            install(media, TrackKind.CAMERA, () -> new CameraInput(cam), cameraOn, problems);
        }
        RtcRuntime rtc = engine.rtc();
        if (rtc.audioMode() != RtcRuntime.AudioMode.DEVICES) {
            return;
        }
        String chosenSpeaker = speaker.get();
        var out = chosenSpeaker == null ? null : DeviceProbe.pick(devices.speakers(), chosenSpeaker);
        if (out != null && out.getName().equals(chosenSpeaker)) { // otherwise the system's default plays
            try {
                rtc.selectSpeaker(out);
            } catch (RuntimeException | Error e) { // the binding reports device errors as java.lang.Error
                log.warn("Could not choose the speaker {}", out.getName(), e);
            }
        }
        var mic = DeviceProbe.pick(devices.microphones(), microphone.get());
        if (mic != null) {
            install(
                    media,
                    TrackKind.AUDIO,
                    () -> new MicrophoneInput(rtc.factory(), rtc.audioModule(), mic),
                    micOn,
                    problems);
        }
    }

    @Override
    public VideoInput screen(CallRuntime.Ready engine) {
        return new ScreenInput(1920, 1080, 15);
    }

    private static void install(
            LocalMedia media,
            TrackKind kind,
            Supplier<? extends MediaInput> input,
            boolean on,
            Consumer<MediaProblem> problems) {
        try {
            media.prepare(kind, input.get(), on);
        } catch (MediaUnavailableException e) {
            log.warn("{} unavailable", kind, e);
            problems.accept(e.problem());
        } catch (RuntimeException | Error e) {
            log.warn("{} could not be set up", kind, e);
            problems.accept(kind == TrackKind.CAMERA ? MediaProblem.CAMERA_FAILED : MediaProblem.MICROPHONE_FAILED);
        }
    }
}
