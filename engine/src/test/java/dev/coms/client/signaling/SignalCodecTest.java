package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.signal.SignalMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames from the server are parsed at the edge: good ones become typed messages, bad ones a reason. */
class SignalCodecTest {

    private final SignalCodec codec = new SignalCodec();

    @Test
    void messagesRoundTrip() {
        List<SignalMessage> messages = List.of(
                new SignalMessage.Offer(null, "p2", "v=0\r\n"),
                new SignalMessage.Candidate("p1", "p2", "0", 0, "candidate:1 1 udp 1 10.0.0.1 5000 typ host"),
                new SignalMessage.MediaState(true, false, true),
                new SignalMessage.ParticipantJoined(new Participant("p3", "Ann", false, true, true, false)),
                new SignalMessage.Pong(7, Instant.parse("2030-01-01T10:00:00Z")));
        for (SignalMessage message : messages) {
            assertThat(codec.decode(codec.encode(message))).isEqualTo(new SignalCodec.Decoded.Parsed(message));
        }
    }

    @Test
    void typeTagIsOnTheWire() {
        assertThat(codec.encode(new SignalMessage.Ping(3))).isEqualTo("{\"type\":\"ping\",\"nonce\":3}");
    }

    @Test
    void badFramesAreRejectedWithAReason() {
        for (String bad : new String[] {"", "   ", "not json", "{\"type\":\"teleport\"}", "{\"nonce\":1}", "[]",
            "{\"type\":\"offer\",\"sdp\":"}) {
            assertThat(codec.decode(bad)).as(bad).isInstanceOf(SignalCodec.Decoded.Rejected.class);
        }
    }

    @Test
    void oversizedFramesAreRejectedUnread() {
        String huge = "{\"type\":\"offer\",\"sdp\":\"" + "x".repeat(SignalCodec.MAX_FRAME_CHARS) + "\"}";
        assertThat(codec.decode(huge)).isInstanceOfSatisfying(SignalCodec.Decoded.Rejected.class,
                r -> assertThat(r.reason()).contains("exceeds"));
    }
}
