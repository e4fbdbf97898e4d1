package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleUpToTheCapAndStartOverAfterSuccess() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8), () -> 0.999999);
        assertThat(millis(backoff, 7)).containsExactly(499, 999, 1999, 3999, 7999, 7999, 7999);
        assertThat(backoff.attempts()).isEqualTo(7);
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(499));
    }

    @Test
    void jitterKeepsAtLeastHalfTheNominalDelay() {
        Backoff low = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8), () -> 0.0);
        assertThat(millis(low, 5)).containsExactly(250, 500, 1000, 2000, 4000);
    }

    @Test
    void manyAttemptsNeverOverflow() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8), () -> 0.5);
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.next()).isBetween(Duration.ofMillis(250), Duration.ofSeconds(8));
        }
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] millis(Backoff backoff, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = backoff.next().toMillis();
        }
        return out;
    }
}
