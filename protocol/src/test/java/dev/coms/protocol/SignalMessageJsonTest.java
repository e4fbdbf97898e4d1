package dev.coms.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.protocol.signal.SignalMessage.Candidate;
import dev.coms.protocol.signal.SignalMessage.Leave;
import dev.coms.protocol.signal.SignalMessage.Offer;
import org.junit.jupiter.api.Test;

class SignalMessageJsonTest {

    private final ObjectMapper json = ProtocolJson.newMapper();

    @Test
    void offerCarriesItsTypeNameOnTheWire() throws Exception {
        String text = json.writeValueAsString(new Offer("a", "b", "v=0"));
        assertThat(text).contains("\"type\":\"offer\"").contains("\"to\":\"b\"");
        assertThat(json.readValue(text, SignalMessage.class)).isEqualTo(new Offer("a", "b", "v=0"));
    }

    @Test
    void candidateRoundTrips() throws Exception {
        var candidate = new Candidate(null, "p2", "0", 0, "candidate:1 1 udp 2122260223 10.0.0.2 5000 typ host");
        var back = json.readValue(json.writeValueAsString(candidate), SignalMessage.class);
        assertThat(back).isEqualTo(candidate);
    }

    @Test
    void messageWithoutFieldsParses() throws Exception {
        assertThat(json.readValue("{\"type\":\"leave\"}", SignalMessage.class)).isEqualTo(new Leave(null));
    }

    @Test
    void unknownTypeIsRejectedWithATypedException() {
        assertThatThrownBy(() -> json.readValue("{\"type\":\"take-over\"}", SignalMessage.class))
                .isInstanceOf(InvalidTypeIdException.class);
    }

    @Test
    void relayedMessagesGetTheServersSenderId() {
        SignalMessage.Relayed spoofed = new Offer("someone-else", "b", "v=0");
        assertThat(spoofed.withFrom("real").from()).isEqualTo("real");
    }

    @Test
    void doorMessagesHaveTheirWireForm() throws Exception {
        assertThat(json.writeValueAsString(new SignalMessage.Refused(RefusalCode.DENIED, "No.")))
                .isEqualTo("{\"type\":\"refused\",\"code\":\"denied\",\"message\":\"No.\"}");
        assertThat(json.writeValueAsString(new SignalMessage.RoomState(true, false)))
                .isEqualTo("{\"type\":\"room-state\",\"locked\":true,\"waitingRoom\":false}");
        assertThat(json.readValue("{\"type\":\"resume\",\"token\":\"t0k\"}", SignalMessage.class))
                .isEqualTo(new SignalMessage.Resume("t0k"));
        assertThat(json.readValue("{\"type\":\"set-room-state\",\"locked\":true}", SignalMessage.class))
                .isEqualTo(new SignalMessage.SetRoomState(true, null));
        assertThat(json.readValue(
                        "{\"type\":\"knocking\",\"participantId\":\"p\",\"displayName\":\"Gus\"," + "\"guest\":true}",
                        SignalMessage.class))
                .isEqualTo(new SignalMessage.Knocking("p", "Gus", true));
    }

    @Test
    void aRefusalCodeFromANewerServerReadsAsUnknown() throws Exception {
        assertThat(json.readValue(
                        "{\"type\":\"refused\",\"code\":\"later\",\"message\":\"Why.\"}", SignalMessage.class))
                .isEqualTo(new SignalMessage.Refused(RefusalCode.UNKNOWN, "Why."));
    }
}
