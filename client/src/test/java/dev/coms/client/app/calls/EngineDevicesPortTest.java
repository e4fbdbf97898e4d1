package dev.coms.client.app.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.media.DeviceProbe;
import dev.coms.client.call.runtime.CallRuntime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings' device lists come from the engine's probe and always answer, also on a machine without devices. */
class EngineDevicesPortTest {

    @Test
    void listsAnswerPromptlyAlsoWithoutDevices() throws Exception {
        try (CallRuntime engine = CallRuntime.withDevices(Duration.ofSeconds(2))) {
            EngineDevicesPort devices = new EngineDevicesPort(engine);
            long start = System.nanoTime();
            List<String> cameras = devices.cameras();
            List<String> microphones = devices.microphones();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            DeviceProbe.Devices found = engine.ready().get().devices();
            assertThat(cameras).hasSameSizeAs(found.cameras());
            assertThat(microphones).hasSameSizeAs(found.microphones());
            if (found.audio() == DeviceProbe.AudioStatus.NO_SOUND) {
                assertThat(microphones).isEmpty();
                assertThat(devices.speakers()).isEmpty();
            }
            if (cameras.isEmpty()) {
                CountingSink sink = new CountingSink();
                devices.previewCamera(null, sink).close();
                assertThat(sink.published.get())
                        .as("nothing to show without a camera")
                        .isZero();
            }
        }
    }
}
