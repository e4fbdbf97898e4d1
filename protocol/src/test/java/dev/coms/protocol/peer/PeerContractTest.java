package dev.coms.protocol.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerContractTest {

    private final PeerCodec codec = new PeerCodec();

    @Test
    void chatMessagesTravelWithTheirTypeNames() {
        var hi = new ChatMessage("id-1", "AAAAAAAAAAAA", "Ann", null, "hi", Instant.parse("2030-01-01T10:00:00Z"));
        String text = new String(codec.encode(new PeerMessage.Say(hi)), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"type\":\"say\"").contains("\"sentAt\":\"2030-01-01T10:00:00Z\"");
        assertThat(codec.decode(text.getBytes(StandardCharsets.UTF_8))).contains(new PeerMessage.Say(hi));
        assertThat(codec.decode(codec.encode(new PeerMessage.History(List.of(hi)))))
                .contains(new PeerMessage.History(List.of(hi)));
        assertThat(new String(codec.encode(new PeerMessage.Voice(0.25)), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"voice\",\"level\":0.25}");
    }

    @Test
    void aHandGoesUpForItselfAndOnlyDownForSomeoneElse() {
        assertThat(new String(codec.encode(new PeerMessage.Hand(true, null)), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"hand\",\"raised\":true,\"of\":null}");
        assertThat(codec.decode("{\"type\":\"hand\",\"raised\":false,\"of\":\"Jq3x9Lm2Zp0a\"}"
                        .getBytes(StandardCharsets.UTF_8)))
                .contains(new PeerMessage.Hand(false, "Jq3x9Lm2Zp0a"));
        assertThat(codec.decode(
                        "{\"type\":\"hand\",\"raised\":true,\"of\":\"Jq3x9Lm2Zp0a\"}".getBytes(StandardCharsets.UTF_8)))
                .as("nobody raises another's hand")
                .isEmpty();
    }

    @Test
    void whatAPeerCannotUseIsIgnoredNotThrown() {
        assertThat(codec.decode("{\"type\":\"teleport\"}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(codec.decode("\u0000\u0001".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(codec.decode(new byte[PeerMessage.MAX_BYTES + 1])).isEmpty();
        assertThat(codec.decode("{\"type\":\"say\",\"message\":{\"id\":\"x\"}}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(codec.decode("{\"type\":\"voice\",\"level\":7}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        String tooLong = "x".repeat(ChatMessage.MAX_TEXT + 1);
        var say = new PeerMessage.Say(new ChatMessage("i", "f", "n", null, tooLong, Instant.EPOCH));
        assertThat(codec.decode(codec.encode(say))).isEmpty();
    }

    @Test
    void exactlyOneSideOffersFirstAndTheOtherIsPolite() {
        String a = "Ab12Cd34Ef56";
        String b = "ab12Cd34Ef56";
        assertThat(PeerRoles.offersFirst(a, b)).isTrue(); // 'A' (65) sorts before 'a' (97)
        assertThat(PeerRoles.offersFirst(b, a)).isFalse();
        assertThat(PeerRoles.polite(b, a)).isTrue();
        assertThat(PeerRoles.polite(a, b)).isFalse();
        assertThat(PeerRoles.offersFirst("-AAAAAAAAAAA", "_AAAAAAAAAAA")).isTrue(); // '-' 45 < '_' 95
    }

    @Test
    void participantIdsHaveAFixedForm() {
        assertThat(PeerRoles.isParticipantId("Jq3x9Lm2Zp0a")).isTrue();
        assertThat(PeerRoles.isParticipantId("Jq3x9Lm2Zp0")).isFalse();
        assertThat(PeerRoles.isParticipantId("Jq3x9Lm2Zp0/")).isFalse();
        assertThat(PeerRoles.isParticipantId(null)).isFalse();
    }

    @Test
    void trackKindsAreNamedByTheirStreamIds() {
        assertThat(TrackKind.fromLabel("screen")).isEqualTo(TrackKind.SCREEN);
        assertThat(TrackKind.fromLabel("camera-0")).isEqualTo(TrackKind.CAMERA);
        assertThat(TrackKind.fromLabel("cameraman")).isNull();
        assertThat(TrackKind.fromLabel(null)).isNull();
    }
}
