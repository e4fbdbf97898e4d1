package dev.coms.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodesTest {

    private final ObjectMapper json = ProtocolJson.newMapper();

    @ParameterizedTest
    @EnumSource(ApiErrorCode.class)
    void everyApiErrorCodeTravelsAsItsWireName(ApiErrorCode code) throws Exception {
        String text = json.writeValueAsString(ApiError.of(code, "Something."));
        assertThat(text).contains("\"code\":\"" + code.wire() + "\"");
        assertThat(json.readValue(text, ApiError.class).code()).isEqualTo(code);
    }

    @Test
    void aCodeFromANewerServerIsUnknownAndKeepsTheServersSentence() throws Exception {
        ApiError error = json.readValue("{\"code\":\"quantum_flux\",\"message\":\"Try later.\"}", ApiError.class);
        assertThat(error.code()).isEqualTo(ApiErrorCode.UNKNOWN);
        assertThat(error.message()).isEqualTo("Try later.");
        assertThat(json.readValue("{\"message\":\"No code.\"}", ApiError.class).code())
                .isEqualTo(ApiErrorCode.UNKNOWN);
    }

    @Test
    void unknownRoomCodesNeverThrow() throws Exception {
        var ended = (SignalMessage.MeetingEnded) json.readValue(
                "{\"type\":\"meeting-ended\",\"reason\":\"ROOF_ON_FIRE\",\"message\":\"Bye.\"}", SignalMessage.class);
        assertThat(ended.reason()).isEqualTo(EndReason.UNKNOWN);
        var left = (SignalMessage.ParticipantLeft) json.readValue(
                "{\"type\":\"participant-left\",\"participantId\":\"x\",\"reason\":\"BEAMED\"}", SignalMessage.class);
        assertThat(left.reason()).isEqualTo(LeaveReason.UNKNOWN);
        var error = (SignalMessage.Error)
                json.readValue("{\"type\":\"error\",\"code\":\"new_thing\",\"message\":\"Hm.\"}", SignalMessage.class);
        assertThat(error.code()).isEqualTo(SignalErrorCode.UNKNOWN);
        assertThat(error.message()).isEqualTo("Hm.");
    }

    @ParameterizedTest
    @EnumSource(value = RefusalCode.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void aRefusalBodyReadsBackAsItsCode(RefusalCode code) {
        var refusal = RefusalCode.parse(code.status(), code.body("One sentence."));
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.message()).isEqualTo("One sentence.");
    }

    @Test
    void aProxyPageIsNoRefusalSentence() {
        var refusal = RefusalCode.parse(502, "<html><body>Bad gateway</body></html>");
        assertThat(refusal.code()).isEqualTo(RefusalCode.UNKNOWN);
        assertThat(refusal.message()).isNull();
        assertThat(RefusalCode.parse(429, "").code()).isEqualTo(RefusalCode.UNKNOWN);
        assertThat(RefusalCode.parse(403, "later_code: The server says why.").message())
                .isEqualTo("The server says why.");
    }

    @Test
    void wireNamesAreWhatTheyWereBeforeTheEnums() {
        assertThat(ApiErrorCode.LOCKED_OUT.wire()).isEqualTo("locked_out");
        assertThat(RefusalCode.MEETING_FULL.wire()).isEqualTo("meeting_full");
        assertThat(RefusalCode.MEETING_FULL.status()).isEqualTo(429);
        assertThat(SignalErrorCode.PARTICIPANT_RECONNECTING.wire()).isEqualTo("participant_reconnecting");
        assertThat(EndReason.HOST_TIMED_OUT.wire()).isEqualTo("HOST_TIMED_OUT");
    }
}
