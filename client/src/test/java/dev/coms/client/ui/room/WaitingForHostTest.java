package dev.coms.client.ui.room;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.client.ui.room.RoomViewModelTest.RecordingCall;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import java.net.URI;
import org.junit.jupiter.api.Test;

class WaitingForHostTest {

    private final Fixture f = new Fixture();
    private final RecordingCall call = new RecordingCall();

    private RoomViewModel room(boolean host) {
        RoomViewModel room = new RoomViewModel(
                new RoomEntry(
                        URI.create("https://coms.example.org"),
                        meeting("room1234", MeetingMode.OPEN, MeetingState.LIVE, NOW),
                        new JoinTicket("room1234", "t-1", NOW.plusSeconds(30), "/ws"),
                        host,
                        "Gus"),
                call,
                f.ui,
                c -> {},
                f.clock,
                f.desktop);
        room.start();
        return room;
    }

    @Test
    void aGuestAloneWaitsForTheHostByName() {
        RoomViewModel room = room(false);
        assertThat(room.waitingForHostProperty().get())
                .as("not before the room is joined")
                .isEmpty();
        call.listener.joined("me", false);
        assertThat(room.waitingForHostProperty().get()).isEqualTo("Waiting for Ada Host to join");
        call.listener.participantJoined(new Participant("h", "Ada Host", true, true, true, false));
        assertThat(room.waitingForHostProperty().get()).isEmpty();
        call.listener.participantLeft("h", LeaveReason.DROPPED);
        assertThat(room.waitingForHostProperty().get()).isEqualTo("Waiting for Ada Host to join");
    }

    @Test
    void duringTheHostsGracePeriodTheGuestSeesThemReconnecting() {
        RoomViewModel room = room(false);
        call.listener.joined("me", false);
        call.listener.participantJoined(new Participant("h", "Ada Host", true, true, true, false));
        call.listener.problem(RoomProblem.HOST_RECONNECTING);
        assertThat(room.waitingForHostProperty().get()).isEqualTo("Ada Host is reconnecting…");
        assertThat(room.problemProperty().get()).as("said once, not twice").isEmpty();
        call.listener.problem(RoomProblem.NONE); // the engine's HOST_RETURNED
        assertThat(room.waitingForHostProperty().get()).isEmpty();
    }

    @Test
    void theHostNeverWaitsForThemselves() {
        RoomViewModel room = room(true);
        call.listener.joined("me", true);
        assertThat(room.waitingForHostProperty().get()).isEmpty();
    }
}
