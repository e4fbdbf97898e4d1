package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpgradeRefusalTest {

    @Test
    void theServersCodeAndSentenceAreKept() {
        UpgradeRefusal refusal = UpgradeRefusal.parse(429,
                "meeting_full: The meeting is full (8 people). Try again when someone leaves.\n");
        assertThat(refusal.code()).isEqualTo("meeting_full");
        assertThat(refusal.message()).isEqualTo("The meeting is full (8 people). Try again when someone leaves.");
    }

    @Test
    void aProxysErrorPageNeverReachesTheUser() {
        UpgradeRefusal refusal = UpgradeRefusal.parse(403, "<html><body>403: Forbidden by proxy</body></html>");
        assertThat(refusal.code()).isEqualTo("http_403");
        assertThat(refusal.message()).isEqualTo("You are not allowed into this meeting.");
    }

    @Test
    void anEmptyOrOverlongBodyGetsTheStatussSentence() {
        assertThat(UpgradeRefusal.parse(410, "").message()).isEqualTo("This meeting has ended.");
        assertThat(UpgradeRefusal.parse(401, "invalid_ticket: " + "x".repeat(500)).message())
                .isEqualTo("Your way into the meeting has expired. Join the meeting again.");
    }
}
