package dev.coms.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureLimiterTest {

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    final FailureLimiter limiter = new FailureLimiter(clock, 3, Duration.ofMinutes(1), Duration.ofMinutes(15));

    @Test
    void theThirdFailureWithinTheWindowLocksUntilTheLockoutEnds() {
        Instant t0 = clock.instant();
        assertThat(limiter.recordFailure("k")).isEmpty();
        assertThat(limiter.recordFailure("k")).isEmpty();
        assertThat(limiter.recordFailure("k")).contains(t0.plus(Duration.ofMinutes(15)));
        assertThat(limiter.lockedUntil("k")).contains(t0.plus(Duration.ofMinutes(15)));
        assertThat(limiter.lockedUntil("other")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(limiter.lockedUntil("k")).isEmpty();
        assertThat(limiter.recordFailure("k")).as("counting starts afresh").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        limiter.recordFailure("k");
        limiter.recordFailure("k");
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.recordFailure("k")).isEmpty();
        assertThat(limiter.lockedUntil("k")).isEmpty();
    }

    @Test
    void resetForgetsFailures() {
        limiter.recordFailure("k");
        limiter.recordFailure("k");
        limiter.reset("k");
        assertThat(limiter.recordFailure("k")).isEmpty();
    }

    @Test
    void asAnAllowanceEveryUseGoesThroughUntilItIsSpentThenNoneUntilTheLockoutEnds() {
        Instant t0 = clock.instant();
        assertThat(limiter.take("host")).isEmpty();
        assertThat(limiter.take("host")).isEmpty();
        assertThat(limiter.take("host"))
                .as("the third use spends the allowance but is allowed")
                .isEmpty();
        assertThat(limiter.take("host")).contains(t0.plus(Duration.ofMinutes(15)));
        assertThat(limiter.take("other host")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(limiter.take("host")).isEmpty();
    }
}
