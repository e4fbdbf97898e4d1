package dev.coms.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.SignalCodec;
import dev.coms.protocol.signal.SignalCodec.Decoded;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import org.junit.jupiter.api.Test;

class SignalCodecTest {

    private final SignalCodec codec = new SignalCodec();

    @Test
    void aMessageRoundTrips() {
        var offer = new SignalMessage.Offer("a", "b", "v=0");
        assertThat(codec.decode(codec.encode(offer))).isEqualTo(new Decoded.Parsed(offer));
        assertThat(SignalCodec.typeName(offer)).isEqualTo("offer");
    }

    @Test
    void badInputBecomesTheCodeToAnswerWith() {
        assertThat(rejected("[1,2]")).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        assertThat(rejected("not json")).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        assertThat(rejected(null)).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        assertThat(rejected("{\"to\":\"b\"}")).isEqualTo(SignalErrorCode.BAD_MESSAGE);
        assertThat(rejected("{\"type\":\"take-over\"}")).isEqualTo(SignalErrorCode.UNKNOWN_TYPE);
        assertThat(rejected("{\"type\":\"offer\",\"to\":" + "[".repeat(10) + "}"))
                .isEqualTo(SignalErrorCode.BAD_MESSAGE);
        assertThat(rejected("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(SignalCodec.MAX_FRAME_CHARS) + "\"}"))
                .isEqualTo(SignalErrorCode.BAD_MESSAGE);
    }

    private SignalErrorCode rejected(String text) {
        return ((Decoded.Rejected) codec.decode(text)).code();
    }
}
