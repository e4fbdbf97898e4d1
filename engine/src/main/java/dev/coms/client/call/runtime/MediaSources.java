package dev.coms.client.call.runtime;

import dev.coms.client.call.LocalMedia;
import dev.coms.client.call.media.MediaProblem;
import dev.coms.client.call.media.VideoInput;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where a call's camera, microphone and shared screen come from: the machine's devices, or synthetic sources (a
 * test pattern and a tone) for tests and demos.
 *
 * <p>Both methods run on a setup or call thread after the engine has started, never on the FX thread.
 */
public interface MediaSources {

    /**
     * Installs the inputs for one call into {@code media}, each switched on as asked. What fails to start is told
     * to {@code problems}; the call goes on without it.
     */
    void prepare(
            CallRuntime.Ready engine,
            LocalMedia media,
            boolean microphone,
            boolean camera,
            Consumer<MediaProblem> problems);

    /** A new input for sharing the screen. */
    VideoInput screen(CallRuntime.Ready engine);

    /** The machine's devices, preferring the ones chosen in Settings (by name; null means the default). */
    static MediaSources devices(Supplier<String> camera, Supplier<String> microphone, Supplier<String> speaker) {
        return new DeviceMedia(camera, microphone, speaker);
    }

    /**
     * A moving test pattern of {@code width}x{@code height} at {@code fps} as camera, one of 1.5 times that size as
     * screen, and a 440 Hz tone.
     */
    static MediaSources synthetic(int width, int height, int fps) {
        return new SyntheticMedia(width, height, fps);
    }
}
