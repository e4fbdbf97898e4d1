package dev.coms.client.ui.port;

import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Cameras, microphones and speakers for the Settings page. Listing may block or hang on some systems: call it off
 * the FX thread, on a thread that can be abandoned.
 */
public interface DevicesPort {

    List<String> cameras();

    List<String> microphones();

    List<String> speakers();

    /** Shows {@code camera} live into {@code sink} until the handle is closed. */
    AutoCloseable previewCamera(String camera, FrameSink sink);

    /** Reports the microphone's level (0–1) about 20 times a second, on an engine thread, until closed. */
    AutoCloseable meterMicrophone(String microphone, DoubleConsumer level);
}
