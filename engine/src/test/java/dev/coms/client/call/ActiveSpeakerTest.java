package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActiveSpeakerTest {

    private static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");

    private static Instant at(long millis) {
        return T0.plusMillis(millis);
    }

    @Test
    void theSpeakerKeepsTheHighlightWhileTalkingEvenWhenSomeoneLouderJoinsIn() {
        ActiveSpeaker speaker = new ActiveSpeaker();
        assertThat(speaker.heard("ann", 0.1, at(0))).isTrue();
        assertThat(speaker.heard("bob", 0.5, at(100)))
                .as("no flicker to the louder voice")
                .isFalse();
        assertThat(speaker.current()).isEqualTo("ann");

        assertThat(speaker.heard("ann", 0, at(200))).isTrue();
        assertThat(speaker.current()).as("the one still talking takes over").isEqualTo("bob");
        assertThat(speaker.heard("bob", 0, at(300))).isTrue();
        assertThat(speaker.current()).isNull();
    }

    @Test
    void whenTheSpeakerStopsTheLoudestOfTheOthersTakesOver() {
        ActiveSpeaker speaker = new ActiveSpeaker();
        speaker.heard("ann", 0.2, at(0));
        speaker.heard("bob", 0.1, at(10));
        speaker.heard("cat", 0.4, at(20));
        speaker.heard("ann", 0, at(30));
        assertThat(speaker.current()).isEqualTo("cat");
    }

    @Test
    void aPeerThatFallsSilentWithoutSayingSoExpires() {
        ActiveSpeaker speaker = new ActiveSpeaker();
        speaker.heard("ann", 0.3, at(0));
        assertThat(speaker.tick(at(ActiveSpeaker.STALE.toMillis()))).isFalse();
        assertThat(speaker.tick(at(ActiveSpeaker.STALE.toMillis() + 1))).isTrue();
        assertThat(speaker.current()).isNull();
    }

    @Test
    void someoneWhoLeavesLosesTheHighlight() {
        ActiveSpeaker speaker = new ActiveSpeaker();
        speaker.heard("ann", 0.3, at(0));
        assertThat(speaker.forget("ann", at(10))).isTrue();
        assertThat(speaker.current()).isNull();
    }

    @Test
    void pausesBetweenWordsDoNotEndSpeechButSilenceDoes() {
        VoiceGate gate = new VoiceGate();
        assertThat(gate.update(0.03, at(0)))
                .as("background noise is not speech")
                .isFalse();
        assertThat(gate.update(0.2, at(250))).isTrue();
        assertThat(gate.update(0.0, at(500))).as("a pause").isTrue();
        assertThat(gate.update(0.1, at(750))).isTrue();
        assertThat(gate.update(0.01, at(1000))).isTrue();
        assertThat(gate.update(0.01, at(1000 + VoiceGate.HOLD.toMillis() - 1))).isTrue();
        assertThat(gate.update(0.01, at(1000 + VoiceGate.HOLD.toMillis()))).isFalse();
    }
}
