package dev.coms.client.app.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.CallEnd;
import dev.coms.client.ui.port.RoomEnd;
import org.junit.jupiter.api.Test;

/** The end screen says why, as precisely as the server told the engine. */
class EngineEventsTest {

    @Test
    void aHostWhoDidNotComeBackIsNotSaidToHaveEndedTheMeeting() {
        var end = new CallEnd(CallEnd.Reason.MEETING_ENDED, "HOST_TIMED_OUT", "The host did not return.");
        assertThat(EngineEvents.reason(end).sentence())
                .isEqualTo("The host lost their connection and did not return, so the meeting has ended.");
    }

    @Test
    void aHostWhoLeftEndedTheMeeting() {
        assertThat(EngineEvents.reason(new CallEnd(CallEnd.Reason.MEETING_ENDED, "HOST_LEFT", "Over.")))
                .isEqualTo(RoomEnd.HOST_ENDED);
        assertThat(EngineEvents.reason(new CallEnd(CallEnd.Reason.MEETING_ENDED, "Over.")))
                .isEqualTo(RoomEnd.HOST_ENDED);
    }

    @Test
    void refusalsAtTheDoorSayWhy() {
        assertThat(EngineEvents.reason(new CallEnd(CallEnd.Reason.REFUSED, "expelled", "Removed.")))
                .isEqualTo(RoomEnd.EXPELLED);
        assertThat(EngineEvents.reason(new CallEnd(CallEnd.Reason.REFUSED, "meeting_ended", "Ended.")).sentence())
                .isEqualTo("This meeting has ended.");
        assertThat(EngineEvents.reason(new CallEnd(CallEnd.Reason.REFUSED, "http_418", "?")))
                .isEqualTo(RoomEnd.NOT_ADMITTED);
    }
}
