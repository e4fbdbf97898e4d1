package dev.coms.client.call;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of a call.
 *
 * @param clock time source for chat timestamps
 * @param statsInterval how often {@link CallListener#onStats} fires; zero (the default: the app shows no
 *     statistics) disables them
 * @param chatHistory how many recent public messages are kept and handed to a newcomer
 * @param voiceInterval how often the own microphone's level is measured for the active speaker (and, while
 *     speaking, told to peers); zero disables active-speaker detection
 */
public record CallConfig(Clock clock, Duration statsInterval, int chatHistory, Duration voiceInterval) {

    public static CallConfig defaults() {
        return new CallConfig(Clock.systemUTC(), Duration.ZERO, 100, Duration.ofMillis(250));
    }

    public CallConfig withStatsInterval(Duration interval) {
        return new CallConfig(clock, interval, chatHistory, voiceInterval);
    }

    public CallConfig withVoiceInterval(Duration interval) {
        return new CallConfig(clock, statsInterval, chatHistory, interval);
    }
}
