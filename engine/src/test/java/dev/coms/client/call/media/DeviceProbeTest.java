package dev.coms.client.call.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.RtcRuntime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Probing devices never hangs and always says what is usable, also on a machine without sound or camera. */
class DeviceProbeTest {

    @Test
    void probeAnswersWithinItsTimeLimit() {
        try (RtcRuntime _ = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC)) {
            long start = System.nanoTime();
            DeviceProbe.Devices devices = DeviceProbe.probe(Duration.ofSeconds(3));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            assertThat(devices.audio()).isNotNull();
            if (!DeviceProbe.soundServerLikely()) {
                assertThat(devices.audio()).isEqualTo(DeviceProbe.AudioStatus.NO_SOUND);
                assertThat(devices.microphones()).isEmpty();
            }
            if (devices.audio() == DeviceProbe.AudioStatus.AVAILABLE) {
                assertThat(devices.microphones()).isNotEmpty();
            }
        }
    }

    @Test
    void screenSharingRefusesPolitelyWithoutADisplay() throws Exception {
        try (RtcRuntime _ = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC)) {
            ScreenInput screen = new ScreenInput(1280, 720, 10, () -> false);
            try {
                org.assertj.core.api.Assertions.assertThatThrownBy(screen::start)
                        .isInstanceOfSatisfying(
                                MediaUnavailableException.class,
                                e -> org.assertj.core.api.Assertions.assertThat(e.problem())
                                        .isEqualTo(MediaProblem.NO_SCREEN));
            } finally {
                screen.close();
            }
        }
    }
}
