package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamLimitsTest {

    @Test
    void totalUploadStaysRoughlyFlatUpToEightPeople() {
        long twoPeople = StreamLimits.forCamera(2).maxBitrateBps();
        for (int n = 2; n <= 8; n++) {
            StreamLimits limits = StreamLimits.forCamera(n);
            long upload = (long) limits.maxBitrateBps() * (n - 1);
            assertThat(upload).as("upload with %d people", n).isLessThanOrEqualTo(2 * twoPeople);
            assertThat(limits.scaleResolutionDownBy())
                    .isGreaterThanOrEqualTo(StreamLimits.forCamera(n - 1).scaleResolutionDownBy());
        }
        assertThat(StreamLimits.forScreen(8).maxFramerate())
                .isLessThan(StreamLimits.forScreen(2).maxFramerate());
    }
}
