package dev.coms.client.ui.open;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenMeetingsListTest {

    private final Fixture f = new Fixture().asGuest("Grace");

    @Test
    void listFollowsPushesAndReconnectsAfterALoss() {
        f.services.followServer();
        var live = meeting("live1234", MeetingMode.OPEN, MeetingState.LIVE, NOW.minusSeconds(60));
        f.server().openFeed.accept(new OpenMeetingsUpdate(List.of(live), NOW));
        var vm = new OpenMeetingsViewModel(f.services, f.navigator, ZoneId.of("UTC"));
        assertThat(vm.meetingsProperty()).containsExactly(live);
        assertThat(vm.connectedProperty().get()).isTrue();

        f.server().openLost.run();
        assertThat(vm.connectedProperty().get()).isFalse();
        assertThat(f.server().watches).isEqualTo(1);
        f.ticker.runDelayed();
        assertThat(f.server().watches).as("reconnected after the pause").isEqualTo(2);
    }

    @Test
    void rowsShowLiveOrLocalStartAndPeople() {
        var vm = new OpenMeetingsViewModel(f.services, f.navigator, ZoneId.of("Europe/Berlin"));
        var later = meeting("late1234", MeetingMode.OPEN, MeetingState.SCHEDULED, NOW.plusSeconds(3600));
        assertThat(vm.startText(later)).isEqualTo("Fri 1 Mar 2030, 11:00 CET");
        assertThat(vm.canJoin(later)).isFalse();
        var live = meeting("live1234", MeetingMode.OPEN, MeetingState.LIVE, NOW);
        assertThat(vm.startText(live)).isEqualTo("Live now");
        assertThat(vm.participantsText(live)).isEqualTo("0 people");
    }

    @Test
    void joinEntersTheRoomAsGuest() {
        var vm = new OpenMeetingsViewModel(f.services, f.navigator, ZoneId.of("UTC"));
        vm.join(meeting("live1234", MeetingMode.OPEN, MeetingState.LIVE, NOW));
        assertThat(f.navigator.page).isEqualTo("room");
        assertThat(f.navigator.room.displayName()).isEqualTo("Grace");
    }

    @Test
    void retriesBackOffWhileRefusedAndResetAfterAnUpdate() {
        f.services.followServer();
        for (int i = 0; i < 6; i++) {
            f.server().openLost.run();
            f.ticker.runDelayed();
        }
        f.server().openFeed.accept(new OpenMeetingsUpdate(List.of(), NOW));
        f.server().openLost.run();
        assertThat(f.ticker.delays)
                .extracting(java.time.Duration::toSeconds)
                .containsExactly(5L, 10L, 20L, 40L, 60L, 60L, 5L);
    }
}
