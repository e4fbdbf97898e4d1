package dev.coms.client.ui.home;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NextMeetingViewModelTest {

    private final ZoneId tokyo = ZoneId.of("Asia/Tokyo");

    private static HostMeetingView hosted(String id, MeetingState state, long startInSeconds) {
        return new HostMeetingView(
                meeting(id, MeetingMode.PRIVATE, state, NOW.plusSeconds(startInSeconds)),
                "ABCD-EFGH",
                "https://coms.example.org/m/" + id + "#p=ABCD-EFGH",
                "coms://meeting/" + id);
    }

    @Test
    void aHostSeesTheirSoonestMeetingInLocalTimeAndOpensItEarly() {
        Fixture f = new Fixture().asHost("Ada");
        f.server().mine.add(hosted("late1234", MeetingState.SCHEDULED, 7200));
        f.server().mine.add(hosted("gone1234", MeetingState.CANCELLED, 60));
        f.server().mine.add(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        var vm = new NextMeetingViewModel(f.services, f.navigator, tokyo);
        vm.load();

        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(vm.nextProperty().get().meeting().id())
                .as("cancelled meetings are skipped")
                .isEqualTo("soon1234");
        assertThat(vm.whenText(vm.nextProperty().get())).isEqualTo("Fri 1 Mar 2030, 19:00 JST");
        vm.open();
        assertThat(f.navigator.page).as("an hour early: not yet").isEmpty();
        assertThat(vm.problemProperty().get()).contains("from 18:50");
        f.clock.set(NOW.plusSeconds(3000));
        vm.open();
        assertThat(f.navigator.page)
                .as("ten minutes early: straight in as host")
                .isEqualTo("room");
        assertThat(f.navigator.room.host()).isTrue();
    }

    @Test
    void aRunningMeetingReadsLiveNow() {
        Fixture f = new Fixture().asHost("Ada");
        f.server().mine.add(hosted("live1234", MeetingState.LIVE, -600));
        var vm = new NextMeetingViewModel(f.services, f.navigator, tokyo);
        vm.load();
        assertThat(vm.whenText(vm.nextProperty().get())).isEqualTo("Live now");
    }

    @Test
    void withoutMeetingsTheCardOffersToMakeOne() {
        Fixture f = new Fixture().asHost("Ada");
        var vm = new NextMeetingViewModel(f.services, f.navigator, tokyo);
        vm.load();
        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(vm.nextProperty().get()).isNull();
        vm.schedule();
        assertThat(f.navigator.page).isEqualTo("scheduler");
    }

    @Test
    void guestsAndFailuresShowNoCard() {
        Fixture guest = new Fixture().asGuest("Grace");
        var forGuest = new NextMeetingViewModel(guest.services, guest.navigator, tokyo);
        forGuest.load();
        assertThat(forGuest.shownProperty().get()).isFalse();

        Fixture host = new Fixture().asHost("Ada");
        host.server().failure = ComsApiException.unreachable();
        var failing = new NextMeetingViewModel(host.services, host.navigator, tokyo);
        failing.load();
        assertThat(failing.shownProperty().get()).isFalse();
    }
}
