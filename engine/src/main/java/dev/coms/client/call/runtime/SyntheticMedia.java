package dev.coms.client.call.runtime;

import dev.coms.client.call.LocalMedia;
import dev.coms.client.call.media.MediaProblem;
import dev.coms.client.call.media.MediaUnavailableException;
import dev.coms.client.call.media.SyntheticVideoInput;
import dev.coms.client.call.media.ToneAudioInput;
import dev.coms.client.call.media.VideoInput;
import dev.coms.protocol.peer.TrackKind;
import java.util.function.Consumer;

/**
 * A test pattern as camera, a larger one as shared screen (one and a half times the size, so a viewer can tell them
 * apart), a tone as microphone: calls that run anywhere, without devices.
 */
final class SyntheticMedia implements MediaSources {

    private final int width;
    private final int height;
    private final int fps;

    SyntheticMedia(int width, int height, int fps) {
        this.width = width;
        this.height = height;
        this.fps = fps;
    }

    @Override
    public void prepare(
            CallRuntime.Ready engine,
            LocalMedia media,
            boolean microphone,
            boolean camera,
            Consumer<MediaProblem> problems) {
        try {
            media.prepare(TrackKind.CAMERA, new SyntheticVideoInput("camera", width, height, fps), camera);
            media.prepare(TrackKind.AUDIO, new ToneAudioInput(440), microphone);
        } catch (MediaUnavailableException e) {
            problems.accept(e.problem()); // synthetic inputs always start; kept for the interface's contract
        }
    }

    @Override
    public VideoInput screen(CallRuntime.Ready engine) {
        return new SyntheticVideoInput("screen", even(width * 3 / 2), even(height * 3 / 2), fps);
    }

    private static int even(int n) {
        return n - n % 2;
    }
}
