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
import dev.coms.protocol.signal.Participant;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RaiseHandTest {

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
        call.listener.participantJoined(new Participant("p2", "Zoe", false, true, true, false));
        call.listener.participantJoined(new Participant("p3", "Bea", false, true, true, false));
        return room;
    }

    @Test
    void aRaisedHandShowsOnTheTileAndGoesToTheTopOfTheList() {
        RoomViewModel room = room(false);
        call.listener.hand("p2", true);
        assertThat(room.tilesProperty().get(1).handProperty().get()).isTrue();
        assertThat(room.people().peopleProperty()).extracting(Person::label).startsWith("Zoe");
        assertThat(room.people().noticeProperty().get()).isEqualTo("Zoe raised their hand");
        call.listener.hand("p3", true);
        assertThat(room.people().peopleProperty())
                .extracting(Person::label)
                .as("in the order hands went up")
                .startsWith("Zoe", "Bea");
        call.listener.hand("p2", false);
        assertThat(room.people().peopleProperty()).extracting(Person::label).startsWith("Bea");
        assertThat(room.tilesProperty().get(1).handProperty().get()).isFalse();
    }

    @Test
    void theUserRaisesAndLowersTheirOwnHandThroughTheEngine() {
        RoomViewModel room = room(false);
        room.toggleHand();
        assertThat(call.calls).contains("hand true");
        call.listener.hand("me", true); // the engine reports the own hand too
        assertThat(room.handRaisedProperty().get()).isTrue();
        Person me = room.people().person("me").orElseThrow();
        assertThat(room.canLowerHand(me)).isTrue();
        room.lowerHand(me);
        assertThat(call.calls).endsWith("hand false");
    }

    @Test
    void onlyTheHostLowersSomeoneElsesHand() {
        RoomViewModel guestRoom = room(false);
        call.listener.hand("p2", true);
        Person zoe = guestRoom.people().person("p2").orElseThrow();
        assertThat(guestRoom.canLowerHand(zoe)).isFalse();
        guestRoom.lowerHand(zoe);
        assertThat(call.calls).noneMatch(c -> c.startsWith("lower"));

        RoomViewModel hostRoom = room(true);
        call.listener.hand("p2", true);
        hostRoom.lowerHand(hostRoom.people().person("p2").orElseThrow());
        assertThat(call.calls).contains("lower p2");
    }
}
