package dev.coms.client.ui.room;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.room.RoomViewModelTest.RecordingCall;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CallBarViewModelTest {

    private final Fixture f = new Fixture();
    private final RecordingCall call = new RecordingCall();

    private CallBarViewModel bar(boolean host) {
        RoomViewModel room = new RoomViewModel(
                new RoomEntry(
                        URI.create("https://coms.example.org"),
                        meeting("room1234", MeetingMode.OPEN, MeetingState.LIVE, NOW),
                        new JoinTicket("room1234", "t-1", NOW.plusSeconds(30), "/ws"),
                        host,
                        "Ada"),
                call,
                f.ui,
                c -> {},
                f.clock,
                f.desktop);
        room.start();
        call.listener.joined("me", host);
        return new CallBarViewModel(room);
    }

    @Test
    void steppingAwayKeepsTheCallAndClosesTheSiteMenu() {
        CallBarViewModel bar = bar(true);
        bar.room().toggleSiteMenu();
        bar.stepAway();
        assertThat(bar.awayProperty().get()).isTrue();
        assertThat(bar.room().siteMenuOpenProperty().get()).isFalse();
        assertThat(call.calls).doesNotContain("leave");
        assertThat(bar.running()).isTrue();
        assertThat(bar.statusProperty().get()).isEqualTo("In the meeting “Weekly sync”");

        bar.returnToMeeting();
        assertThat(bar.awayProperty().get()).isFalse();
        assertThat(call.calls).doesNotContain("leave");
    }

    @Test
    void theMicrophoneWorksFromTheBar() {
        CallBarViewModel bar = bar(false);
        bar.stepAway();
        bar.toggleMicrophone();
        assertThat(call.calls).contains("mic false");
        assertThat(bar.statusProperty().get()).endsWith("your microphone is off");
    }

    @Test
    void joiningAnotherMeetingAsksFirstAndTellsTheHostItEndsTheirs() {
        assertThat(bar(true).switchConfirmation())
                .hasValueSatisfying(q -> assertThat(q).contains("ends it for everyone"));
        assertThat(bar(false).switchConfirmation()).hasValue("Joining another meeting leaves “Weekly sync”.");
    }

    @Test
    void aMeetingThatEndedWhileAwaySaysSoAndAsksNothing() {
        CallBarViewModel bar = bar(false);
        bar.stepAway();
        call.listener.ended(RoomEnd.HOST_ENDED);
        assertThat(bar.running()).isFalse();
        assertThat(bar.statusProperty().get()).isEqualTo(RoomText.of(RoomEnd.HOST_ENDED));
        assertThat(bar.switchConfirmation()).isEmpty();
    }
}
