package dev.coms.client.ui.room;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.room.RoomViewModelTest.RecordingCall;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PeopleViewModelTest {

    private final Fixture f = new Fixture();
    private final RecordingCall call = new RecordingCall();

    private RoomViewModel room(boolean host) {
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
        return room;
    }

    @Test
    void theListCountsEveryoneAndPutsTheHostFirst() {
        PeopleViewModel people = room(false).people();
        call.listener.participantJoined(new Participant("p2", "Zoe", false, true, false, false));
        call.listener.participantJoined(new Participant("p3", "Hana", true, false, true, true));
        assertThat(people.countProperty().get()).isEqualTo(3);
        assertThat(people.peopleProperty()).extracting(Person::label).containsExactly("Hana", "Ada (you)", "Zoe");
        Person hana = people.peopleProperty().getFirst();
        assertThat(hana.hostProperty().get()).isTrue();
        assertThat(hana.microphoneProperty().get()).isFalse();
        assertThat(hana.sharingProperty().get()).isTrue();
        assertThat(PeoplePanel.describe(hana)).isEqualTo("Hana, host, microphone off, camera on, sharing the screen");
    }

    @Test
    void mediaChangesReachTheRowsIncludingTheUsersOwn() {
        RoomViewModel room = room(false);
        call.listener.participantJoined(new Participant("p2", "Zoe", false, true, true, false));
        call.listener.participantUpdated(new Participant("p2", "Zoe", false, false, false, false));
        room.toggleCamera();
        Person zoe = room.people().person("p2").orElseThrow();
        assertThat(zoe.microphoneProperty().get()).isFalse();
        assertThat(zoe.cameraProperty().get()).isFalse();
        assertThat(room.people().person("me").orElseThrow().cameraProperty().get())
                .isFalse();
    }

    @Test
    void joinsAndLeavesShowANoticeThatGoesAwayByItself() {
        PeopleViewModel people = room(false).people();
        call.listener.participantJoined(new Participant("p2", "Zoe", false, true, true, false));
        assertThat(people.noticeProperty().get()).isEqualTo("Zoe joined");
        assertThat(f.ticker.delays).contains(PeopleViewModel.NOTICE_TIME);
        f.ticker.runDelayed();
        assertThat(people.noticeProperty().get()).isEmpty();

        call.listener.participantLeft("p2", LeaveReason.EXPELLED);
        assertThat(people.noticeProperty().get()).isEqualTo("Zoe was removed by the host");
        assertThat(people.countProperty().get()).isEqualTo(1);
    }

    @Test
    void onlyTheHostExpelsFromTheListAndNeverThemselves() {
        RoomViewModel guestRoom = room(false);
        call.listener.participantJoined(new Participant("p2", "Zoe", false, true, true, false));
        guestRoom.expel(guestRoom.people().person("p2").orElseThrow());
        assertThat(call.calls).noneMatch(c -> c.startsWith("expel"));

        RoomViewModel hostRoom = room(true);
        call.listener.participantJoined(new Participant("p2", "Zoe", false, true, true, false));
        hostRoom.expel(hostRoom.people().person("me").orElseThrow());
        hostRoom.expel(hostRoom.people().person("p2").orElseThrow());
        assertThat(call.calls).containsOnlyOnce("expel p2").noneMatch(c -> c.equals("expel me"));
    }
}
