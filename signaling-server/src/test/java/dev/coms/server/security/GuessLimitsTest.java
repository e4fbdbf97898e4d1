package dev.coms.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GuessLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private final Instant start = clock.instant();
    private final GuessLimits limits = new GuessLimits(
            clock,
            new FailureLimiter(clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(15)),
            3,
            10,
            Duration.ofMinutes(1),
            Duration.ofMinutes(15));

    @Test
    void anAddressThatKeepsGuessingWaitsLongerEachTimeAndOthersNeverWait() {
        assertThat(limits.recordFailure("meeting", "a")).isEmpty();
        assertThat(limits.recordFailure("meeting", "a")).isEmpty();
        assertThat(limits.recordFailure("meeting", "a")).contains(start.plusSeconds(15));
        assertThat(limits.waitUntil("meeting", "a")).contains(start.plusSeconds(15));
        assertThat(limits.waitUntil("meeting", "b")).isEmpty();
        assertThat(limits.waitUntil("other meeting", "a")).isEmpty();

        clock.advance(Duration.ofSeconds(15));
        assertThat(limits.waitUntil("meeting", "a")).isEmpty();
        assertThat(limits.recordFailure("meeting", "a"))
                .contains(clock.instant().plusSeconds(30));
    }

    @Test
    void pastTheTargetsBudgetEveryoneWhoGuessedWrongIsSlowedButFreshAddressesAreNot() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.recordFailure("meeting", "a" + i)).isEmpty();
        }
        assertThat(limits.recordFailure("meeting", "a10")).contains(start.plusSeconds(1));
        assertThat(limits.waitUntil("meeting", "a3")).contains(start.plusSeconds(1));
        assertThat(limits.waitUntil("meeting", "fresh")).isEmpty();
        assertThat(limits.recordFailure("meeting", "a11")).contains(start.plusSeconds(2));
    }

    @Test
    void aRightGuessForgetsTheAddresssWrongOnesAtThatTarget() {
        limits.recordFailure("meeting", "a");
        limits.recordFailure("meeting", "a");
        limits.succeeded("meeting", "a");
        assertThat(limits.recordFailure("meeting", "a")).isEmpty();
    }

    @Test
    void oneAddressGuessingAtManyTargetsIsLockedOutOfAll() {
        for (int i = 1; i < 5; i++) {
            assertThat(limits.recordFailure("meeting" + i, "a")).isEmpty();
        }
        assertThat(limits.recordFailure("meeting5", "a")).contains(start.plus(Duration.ofMinutes(15)));
        assertThat(limits.waitUntil("meeting6", "a")).contains(start.plus(Duration.ofMinutes(15)));
        assertThat(limits.waitUntil("meeting6", "b")).isEmpty();
    }
}
