package dev.coms.client.ui.testing;

import dev.coms.client.ui.port.DevicesPort;
import dev.coms.client.ui.port.FrameSink;
import java.util.List;
import java.util.function.DoubleConsumer;

/** A machine without cameras, microphones or speakers, for pages that never open Settings' device lists. */
public final class NoDevices implements DevicesPort {

    @Override
    public List<String> cameras() {
        return List.of();
    }

    @Override
    public List<String> microphones() {
        return List.of();
    }

    @Override
    public List<String> speakers() {
        return List.of();
    }

    @Override
    public AutoCloseable previewCamera(String camera, FrameSink sink) {
        return () -> {};
    }

    @Override
    public AutoCloseable meterMicrophone(String microphone, DoubleConsumer level) {
        return () -> {};
    }
}
