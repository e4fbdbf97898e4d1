package dev.coms.client.call;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of a call.
 *
 * @param clock time source for chat timestamps
 * @param statsInterval how often {@link CallListener#onStats} fires; zero disables statistics
 * @param chatHistory how many recent public messages are kept and handed to a newcomer
 */
public record CallConfig(Clock clock, Duration statsInterval, int chatHistory) {

    public static CallConfig defaults() {
        return new CallConfig(Clock.systemUTC(), Duration.ofSeconds(2), 100);
    }

    public CallConfig withStatsInterval(Duration interval) {
        return new CallConfig(clock, interval, chatHistory);
    }
}
