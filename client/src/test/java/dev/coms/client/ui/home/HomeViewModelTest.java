package dev.coms.client.ui.home;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.SERVER;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.ui.home.HomeViewModel.Status;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

    private final Fixture f = new Fixture().asGuest("Grace");
    private final HomeViewModel vm = new HomeViewModel(f.services, f.navigator, ZoneId.of("America/New_York"));

    @Test
    void countdownTicksEverySecondUntilJoinAppears() {
        f.server()
                .meetings
                .put("abcd1234", meeting("abcd1234", MeetingMode.OPEN, MeetingState.SCHEDULED, NOW.plusSeconds(3)));

        vm.showInvite(new InviteLink(SERVER, "abcd1234", null));

        assertThat(vm.statusProperty().get()).isEqualTo(Status.WAITING);
        assertThat(vm.countdownProperty().get()).isEqualTo("00:00:03");
        assertThat(vm.startsLocalProperty().get()).isEqualTo("Fri 1 Mar 2030, 04:00 EST");
        f.clock.advance(Duration.ofSeconds(1));
        f.ticker.tick();
        assertThat(vm.countdownProperty().get()).isEqualTo("00:00:02");
        f.clock.advance(Duration.ofSeconds(2));
        f.ticker.tick();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.OPEN);
        assertThat(f.ticker.running())
                .as("the countdown stops once the meeting opens")
                .isZero();
    }

    @Test
    void aWaitingCardFollowsTheHostMovingTheMeeting() {
        f.server()
                .meetings
                .put("abcd1234", meeting("abcd1234", MeetingMode.OPEN, MeetingState.SCHEDULED, NOW.plusSeconds(3600)));
        vm.showInvite(new InviteLink(SERVER, "abcd1234", null));
        f.server()
                .meetings
                .put("abcd1234", meeting("abcd1234", MeetingMode.OPEN, MeetingState.SCHEDULED, NOW.plusSeconds(7200)));
        f.clock.advance(Duration.ofSeconds(10));
        f.ticker.tick();
        assertThat(vm.startsLocalProperty().get()).as("not asked again yet").isEqualTo("Fri 1 Mar 2030, 05:00 EST");

        f.clock.advance(Duration.ofSeconds(5));
        f.ticker.tick();
        assertThat(vm.startsLocalProperty().get()).isEqualTo("Fri 1 Mar 2030, 06:00 EST");
        assertThat(vm.countdownProperty().get()).isEqualTo("01:59:45");
        assertThat(f.ticker.running()).as("still one countdown").isEqualTo(1);
    }

    @Test
    void longWaitsShowDays() {
        f.server()
                .meetings
                .put(
                        "abcd1234",
                        meeting(
                                "abcd1234",
                                MeetingMode.OPEN,
                                MeetingState.SCHEDULED,
                                NOW.plus(Duration.ofDays(2).plusHours(3).plusSeconds(5))));
        vm.showInvite(new InviteLink(SERVER, "abcd1234", null));
        assertThat(vm.countdownProperty().get()).isEqualTo("2 days 03:00:05");
    }

    @Test
    void privateMeetingPrefillsThePasscodeAndJoinsAsGuest() {
        f.server()
                .meetings
                .put("priv1234", meeting("priv1234", MeetingMode.PRIVATE, MeetingState.LIVE, NOW.minusSeconds(60)));

        vm.showInvite(new InviteLink(SERVER, "priv1234", "ABCD-EFGH"));
        assertThat(vm.needsPasscodeProperty().get()).isTrue();
        assertThat(vm.passcodeProperty().get()).isEqualTo("ABCD-EFGH");
        vm.join();

        JoinRequest sent = (JoinRequest) f.server().sent.getLast();
        assertThat(sent.passcode()).isEqualTo("ABCD-EFGH");
        assertThat(sent.guest().displayName()).isEqualTo("Grace");
        assertThat(sent.guest().deviceId()).isEqualTo(f.services.preferences().deviceId());
        assertThat(f.navigator.page).isEqualTo("room");
        assertThat(f.navigator.room.ticket().ticket()).isEqualTo("ticket-1");
    }

    @Test
    void privateMeetingWithoutPasscodeAsksForIt() {
        f.server()
                .meetings
                .put("priv1234", meeting("priv1234", MeetingMode.PRIVATE, MeetingState.LIVE, NOW.minusSeconds(60)));
        vm.showInvite(new InviteLink(SERVER, "priv1234", null));
        vm.join();
        assertThat(vm.messageProperty().get()).isEqualTo("Enter the passcode from your invitation.");
        assertThat(f.navigator.page).isEmpty();
    }

    @Test
    void wrongPasscodeShowsTheServersSentence() {
        f.server()
                .meetings
                .put("priv1234", meeting("priv1234", MeetingMode.PRIVATE, MeetingState.LIVE, NOW.minusSeconds(60)));
        vm.showInvite(new InviteLink(SERVER, "priv1234", "WRONG"));
        f.server().failure =
                new ComsApiException(ApiErrorCode.WRONG_PASSCODE, 403, "That passcode is not right.", null);
        vm.join();
        assertThat(vm.messageProperty().get()).isEqualTo("That passcode is not right.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void lockedOutSaysUntilWhenInLocalTime() {
        f.server().meetings.put("abcd1234", meeting("abcd1234", MeetingMode.OPEN, MeetingState.LIVE, NOW));
        vm.showInvite(new InviteLink(SERVER, "abcd1234", null));
        f.server().failure = new ComsApiException(ApiErrorCode.LOCKED_OUT, 403, "Locked out.", NOW.plusSeconds(900));
        vm.join();
        assertThat(vm.messageProperty().get()).isEqualTo("You cannot join this meeting until 04:15.");
    }

    @Test
    void cancelledEndedAndUnknownMeetingsEachSaySo() {
        f.server().meetings.put("canc1234", meeting("canc1234", MeetingMode.OPEN, MeetingState.CANCELLED, NOW));
        f.server().meetings.put("ende1234", meeting("ende1234", MeetingMode.OPEN, MeetingState.ENDED, NOW));

        vm.showInvite(new InviteLink(SERVER, "canc1234", null));
        assertThat(vm.statusProperty().get()).isEqualTo(Status.CANCELLED);
        assertThat(vm.messageProperty().get()).isEqualTo("This meeting was cancelled by the host.");
        vm.showInvite(new InviteLink(SERVER, "ende1234", null));
        assertThat(vm.messageProperty().get()).isEqualTo("This meeting has ended.");
        vm.showInvite(new InviteLink(SERVER, "nope1234", null));
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NOT_FOUND);
        assertThat(vm.messageProperty().get()).contains("does not exist");
    }

    @Test
    void unreachableServerIsOneSentence() {
        f.server().failure = ComsApiException.unreachable();
        vm.showInvite(new InviteLink(SERVER, "abcd1234", null));
        assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Cannot reach the Coms server. Check the address and your connection.");
    }

    @Test
    void joinAnOpenMeetingAppearsWhileOpenMeetingsExist() {
        f.services.followServer();
        assertThat(vm.openMeetingsExistBinding().get()).isFalse();
        f.server()
                .openFeed
                .accept(new OpenMeetingsUpdate(
                        List.of(meeting("open1234", MeetingMode.OPEN, MeetingState.LIVE, NOW)), NOW));
        assertThat(vm.openMeetingsExistBinding().get()).isTrue();
        f.server().openFeed.accept(new OpenMeetingsUpdate(List.of(), NOW));
        assertThat(vm.openMeetingsExistBinding().get()).isFalse();
    }

    @Test
    void pastedLinksOpenTheInvitationAndNonsenseIsExplained() {
        vm.linkTextProperty().set("see you there");
        vm.openLink();
        assertThat(vm.linkErrorProperty().get()).startsWith("That is not a Coms invitation link.");

        vm.linkTextProperty().set(" coms://meeting/abcd1234?server=https%3A%2F%2Fcoms.example.org&p=XY ");
        vm.openLink();
        assertThat(f.navigator.page).isEqualTo("invite abcd1234");
        assertThat(vm.linkErrorProperty().get()).isEmpty();
    }

    @Test
    void signedInHostJoinsWithTheirAccountNotAsGuest() {
        f.asHost("Ada");
        f.server().meetings.put("abcd1234", meeting("abcd1234", MeetingMode.OPEN, MeetingState.LIVE, NOW));
        vm.showInvite(new InviteLink(SERVER, "abcd1234", null));
        vm.join();
        assertThat(((JoinRequest) f.server().sent.getLast()).guest()).isNull();
        assertThat(f.server().token).isEqualTo("tok-1");
    }
}
