package dev.coms.client.ui.start;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StartOpenViewModelTest {

    private final Fixture f = new Fixture().asHost("Ada");
    private final StartOpenViewModel vm = new StartOpenViewModel(f.services, f.navigator, ZoneId.of("Europe/Paris"));

    @Test
    void startGoesStraightIntoTheRoomAsHost() {
        f.server()
                .mine
                .add(new HostMeetingView(
                        meeting("open1234", MeetingMode.OPEN, MeetingState.LIVE, NOW),
                        null,
                        "https://coms.example.org/m/open1234",
                        "coms://meeting/open1234"));
        vm.topicProperty().set("Coffee chat");
        vm.start();

        assertThat(f.server().sent.getFirst())
                .isEqualTo(new StartOpenMeetingRequest("Coffee chat", null, "Europe/Paris"));
        assertThat(f.navigator.page).isEqualTo("room");
        assertThat(f.navigator.room.host()).isTrue();
    }

    @Test
    void topicIsRequired() {
        vm.start();
        assertThat(vm.messageProperty().get()).isEqualTo("Enter a topic of 1 to 500 characters.");
        assertThat(f.server().sent).isEmpty();
    }
}
