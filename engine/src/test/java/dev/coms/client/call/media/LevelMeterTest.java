package dev.coms.client.call.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelMeterTest {

    private final List<Double> shown = new ArrayList<>();
    private final LevelMeter meter = new LevelMeter(shown::add);

    /** 10 ms of a 440 Hz sine at {@code amplitude} (0–1), 48 kHz mono, 16-bit little endian. */
    private static byte[] chunk(double amplitude) {
        byte[] pcm = new byte[480 * 2];
        for (int i = 0; i < 480; i++) {
            short s = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * 440 * i / 48_000.0));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    private void feed(double amplitude, int chunks) {
        for (int i = 0; i < chunks; i++) {
            meter.feed(chunk(amplitude), 480, 1);
        }
    }

    @Test
    void speechAtHalfScaleFillsMostOfTheMeterAndSilenceNone() {
        feed(0.5, LevelMeter.CHUNKS_PER_REPORT);
        assertThat(shown).singleElement().satisfies(v -> assertThat(v).isCloseTo(0.9, within(0.01))); // -6 dBFS
        feed(0, LevelMeter.CHUNKS_PER_REPORT * 20);
        assertThat(shown.getLast()).isZero();
    }

    @Test
    void theMeterRisesAtOnceAndFallsGently() {
        feed(1.0, LevelMeter.CHUNKS_PER_REPORT);
        feed(0.001, LevelMeter.CHUNKS_PER_REPORT); // -60 dBFS
        assertThat(shown.get(0)).isCloseTo(1.0, within(0.001));
        assertThat(shown.get(1)).as("falls by one step, not to the floor").isCloseTo(0.88, within(0.001));
    }

    @Test
    void aQuietRoomReadsLow() {
        feed(0.01, LevelMeter.CHUNKS_PER_REPORT); // -40 dBFS
        assertThat(shown.getFirst()).isCloseTo(1.0 / 3, within(0.01));
    }
}
