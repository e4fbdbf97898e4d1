package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.RefusalCode;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** How the signaling client reads a refused room upgrade before telling the engine why it may not enter. */
class RefusalReplyTest {

    @Test
    void theServersReplyGivesItsCode() {
        RefusalCode.Refusal refusal = SignalingClient.refusalOf(reply(429, "meeting_full: The meeting is full."));
        assertThat(refusal.code()).isEqualTo(RefusalCode.MEETING_FULL);
        assertThat(refusal.message()).isEqualTo("The meeting is full.");
    }

    @Test
    void aProxysPageIsReadByItsStatusWhereOnlyOneCodeHasIt() {
        RefusalCode.Refusal full = SignalingClient.refusalOf(reply(429, "<html><body>Too many</body></html>"));
        assertThat(full.code()).isEqualTo(RefusalCode.MEETING_FULL);
        assertThat(full.message()).as("no foreign text reaches the user").isNull();
        assertThat(SignalingClient.refusalOf(reply(401, "<html>401</html>")).code())
                .as("two codes answer 401: the client cannot tell which")
                .isEqualTo(RefusalCode.UNKNOWN);
    }

    @Test
    void onlyA4xxIsARefusal() {
        assertThat(SignalingClient.refusalOf(reply(503, "unavailable: Try again.")))
                .as("retried, not final")
                .isNull();
        assertThat(SignalingClient.refusalOf(null)).isNull();
    }

    private static Response reply(int status, String body) {
        return new Response.Builder()
                .request(
                        new Request.Builder().url("http://127.0.0.1/ws/rooms/m").build())
                .protocol(Protocol.HTTP_1_1)
                .code(status)
                .message("refused")
                .body(ResponseBody.create(body, null))
                .build();
    }
}
