package dev.coms.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GuessLimitsTest {

    final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T10:00:00Z"));
    final Instant lockedUntil = clock.instant().plus(Duration.ofMinutes(15));
    final GuessLimits limits = new GuessLimits(
            new FailureLimiter(clock, 3, Duration.ofMinutes(1), Duration.ofMinutes(15)),
            new FailureLimiter(clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(15)));

    @Test
    void guessesFromManyAddressesLockTheTargetForEveryone() {
        assertThat(limits.recordFailure("meeting", "a1")).isEmpty();
        assertThat(limits.recordFailure("meeting", "a2")).isEmpty();
        assertThat(limits.recordFailure("meeting", "a3")).contains(lockedUntil);
        assertThat(limits.lockedUntil("meeting", "a4")).contains(lockedUntil);
        assertThat(limits.lockedUntil("other meeting", "a1")).isEmpty();
    }

    @Test
    void oneAddressGuessingAtManyTargetsIsLockedOutOfAll() {
        for (int i = 1; i < 5; i++) {
            assertThat(limits.recordFailure("meeting" + i, "a")).isEmpty();
        }
        assertThat(limits.recordFailure("meeting5", "a")).contains(lockedUntil);
        assertThat(limits.lockedUntil("meeting6", "a")).contains(lockedUntil);
        assertThat(limits.lockedUntil("meeting6", "b")).isEmpty();
    }

    @Test
    void aRightGuessForgetsTheTargetsWrongOnesButNotTheAddresss() {
        limits.recordFailure("account", "a");
        limits.recordFailure("account", "a");
        limits.reset("account");
        assertThat(limits.recordFailure("account", "a")).isEmpty();
        assertThat(limits.recordFailure("account", "a")).isEmpty();
        assertThat(limits.recordFailure("other", "a")).as("the address's fifth wrong guess").contains(lockedUntil);
    }
}
