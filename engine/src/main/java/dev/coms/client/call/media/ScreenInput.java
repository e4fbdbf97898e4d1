package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.video.VideoDesktopSource;
import dev.onvoid.webrtc.media.video.VideoTrackSource;
import java.util.function.BooleanSupplier;

/**
 * Captures a whole screen. Uses the capturer's "default screen" id and never enumerates screens or windows: on
 * Linux the binding's enumeration crashes the process, while capturing the default screen is proven to work.
 * Refuses to start where there is no display.
 */
public final class ScreenInput implements VideoInput {

    private final VideoDesktopSource source = new VideoDesktopSource();
    private final Capture capture = new Capture(source::start, source::stop, source::dispose);
    private final BooleanSupplier display;

    public ScreenInput(int maxWidth, int maxHeight, int fps) {
        this(maxWidth, maxHeight, fps, ScreenInput::displayAvailable);
    }

    /** @param display whether there is a display to capture now (tests say there is none) */
    ScreenInput(int maxWidth, int maxHeight, int fps, BooleanSupplier display) {
        this.display = display;
        source.setFrameRate(fps);
        source.setMaxFrameSize(maxWidth, maxHeight);
        source.setSourceId(-1, false);
    }

    /** Whether this machine has a display to capture (on Linux: an X11 or Wayland session). */
    public static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (!os.contains("linux")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    @Override
    public VideoTrackSource source() {
        return source;
    }

    @Override
    public String label() {
        return "Entire screen";
    }

    @Override
    public void start() throws MediaUnavailableException {
        if (!display.getAsBoolean()) {
            throw new MediaUnavailableException(MediaProblem.NO_SCREEN, "No display to capture", null);
        }
        capture.start(MediaProblem.SCREEN_FAILED, "Screen capture did not start");
    }

    @Override
    public void stop() {
        capture.stop();
    }

    @Override
    public void close() {
        capture.close();
    }
}
