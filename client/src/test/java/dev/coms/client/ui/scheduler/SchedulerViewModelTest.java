package dev.coms.client.ui.scheduler;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.Invitation;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SchedulerViewModelTest {

    private final Fixture f = new Fixture().asHost("Ada");
    private final ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    private final SchedulerViewModel vm = new SchedulerViewModel(f.services, f.navigator, tokyo, f.clock);

    private static HostMeetingView hosted(String id, MeetingState state, long startInSeconds) {
        return new HostMeetingView(
                meeting(id, MeetingMode.PRIVATE, state, NOW.plusSeconds(startInSeconds)),
                "ABCD-EFGH",
                "https://coms.example.org/m/" + id + "#p=ABCD-EFGH",
                "coms://meeting/" + id);
    }

    @Test
    void listsLiveAndFutureMeetingsInStartOrderAndLocalTime() {
        f.server().mine.add(hosted("late1234", MeetingState.SCHEDULED, 7200));
        f.server().mine.add(hosted("gone1234", MeetingState.CANCELLED, 3600));
        f.server().mine.add(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        vm.refresh();

        assertThat(vm.meetingsProperty()).extracting(h -> h.meeting().id()).containsExactly("soon1234", "late1234");
        assertThat(vm.startText(vm.meetingsProperty().getFirst())).isEqualTo("Fri 1 Mar 2030, 19:00 JST");
    }

    @Test
    void copyLinkPutsTheLinkWithPasscodeOnTheClipboard() {
        f.server().mine.add(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        vm.refresh();
        vm.copyLink(vm.meetingsProperty().getFirst());
        assertThat(f.desktop.clipboard).isEqualTo("https://coms.example.org/m/soon1234#p=ABCD-EFGH");
        assertThat(vm.messageProperty().get()).contains("copied");
    }

    @Test
    void cancelTellsTheServerAndRemovesTheMeeting() {
        f.server().mine.add(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        vm.refresh();
        vm.cancel(vm.meetingsProperty().getFirst());
        assertThat(f.server().sent).contains("cancel soon1234");
        assertThat(vm.meetingsProperty()).isEmpty();
    }

    @Test
    void newMeetingDefaultsToTheDevicesZoneAndNextFullHour() {
        NewMeetingViewModel form = vm.newMeeting();
        assertThat(form.zoneProperty().get()).isEqualTo(tokyo);
        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(form.timeProperty().get()).isEqualTo("19:00");
        assertThat(form.zones()).contains(tokyo, ZoneId.of("Europe/Berlin"));
        assertThat(form.zoneLabel(tokyo)).isEqualTo("UTC+09:00 Tokyo (Japan)");
    }

    @Test
    void newMeetingSendsWhatTheHostChoseAndAppearsInTheList() {
        f.server().mine.add(hosted("made1234", MeetingState.SCHEDULED, 3600));
        NewMeetingViewModel form = vm.newMeeting();
        form.modeProperty().set(MeetingMode.OPEN);
        form.titleProperty().set("Design review");
        form.topicProperty().set("New tiles");
        form.timeProperty().set("20:30");
        form.zoneProperty().set(ZoneId.of("Europe/Berlin"));
        form.save();

        assertThat(f.server().sent.getLast())
                .isEqualTo(new ScheduleMeetingRequest(
                        MeetingMode.OPEN, "Design review", "New tiles", "2030-03-01", "20:30", "Europe/Berlin"));
        assertThat(form.doneProperty().get()).isTrue();
        assertThat(vm.meetingsProperty()).hasSize(1);
    }

    @Test
    void newMeetingRefusesThePastAndBadInput() {
        NewMeetingViewModel form = vm.newMeeting();
        form.save();
        assertThat(form.errorProperty().get()).startsWith("Enter a title");
        form.titleProperty().set("Retro");
        form.timeProperty().set("7 pm");
        form.save();
        assertThat(form.errorProperty().get()).contains("14:30");
        form.timeProperty().set("17:59");
        form.save();
        assertThat(form.errorProperty().get()).isEqualTo("Choose a start time in the future.");
        assertThat(f.server().sent).isEmpty();
    }

    @Test
    void invitationTextHasHostZoneUtcLinkAndPasscode() {
        SendLinkViewModel send = vm.sendLink(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        assertThat(send.textProperty().get())
                .contains("\u201cWeekly sync\u201d")
                .contains("Topic: Roadmap and hiring")
                .contains("Fri 1 Mar 2030, 11:00 CET (Europe/Berlin)")
                .contains("Fri 1 Mar 2030, 10:00 UTC")
                .contains("Join: https://coms.example.org/m/soon1234#p=ABCD-EFGH")
                .contains("Passcode: ABCD-EFGH");
    }

    @Test
    void anUnreachableServerIsNotShownAsAnEmptyScheduleAndCanBeRetried() {
        f.server().failure = ComsApiException.unreachable();
        vm.refresh();
        assertThat(vm.loadFailedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Cannot reach the Coms server");

        f.server().failure = null;
        f.server().mine.add(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        vm.refresh();
        assertThat(vm.loadFailedProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.meetingsProperty()).hasSize(1);
    }

    @Test
    void aHostInUtcGetsTheTimeOnce() {
        var utcMeeting = new HostMeetingView(
                new MeetingView(
                        "utc12345",
                        MeetingMode.PRIVATE,
                        "Standup",
                        null,
                        "Ada",
                        NOW.plusSeconds(3600),
                        "Etc/UTC",
                        MeetingState.SCHEDULED,
                        0,
                        "https://coms.example.org/m/utc12345",
                        "coms://meeting/utc12345"),
                "ABCD-EFGH",
                "https://coms.example.org/m/utc12345#p=ABCD-EFGH",
                "coms://meeting/utc12345");
        String text = vm.sendLink(utcMeeting).textProperty().get();
        assertThat(text).contains("When: Fri 1 Mar 2030, 10:00 UTC\nJoin:");
    }

    @Test
    void editedInvitationGoesToTheServerOrTheMailProgram() {
        SendLinkViewModel send = vm.sendLink(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        send.textProperty().set("Come along!");
        send.recipientProperty().set("not-an-address");
        send.send();
        assertThat(send.messageProperty().get()).startsWith("Enter an email address");

        send.recipientProperty().set("bob@example.org");
        send.send();
        assertThat(f.server().sent.getLast())
                .isEqualTo(new Invitation(
                        Invitation.Channel.EMAIL, "bob@example.org", "Invitation: Weekly sync", "Come along!"));
        assertThat(send.messageProperty().get()).isEqualTo("Invitation sent to bob@example.org.");

        send.openInOwnApp();
        assertThat(f.desktop.opened)
                .containsExactly(URI.create(
                        "mailto:bob%40example.org?subject=Invitation%3A%20Weekly%20sync&body=Come%20along%21"));
    }

    @Test
    void theHostsOpenTooEarlySaysFromWhen() {
        vm.open(hosted("soon1234", MeetingState.SCHEDULED, 3600));
        assertThat(f.navigator.page).isEmpty();
        assertThat(vm.messageProperty().get())
                .isEqualTo("You can open \u201cWeekly sync\u201d from 18:50, 10 minutes before it starts.");
    }

    @Test
    void theHostsOpenEntersTheRoomDirectlyTenMinutesEarlyWithoutPasscode() {
        vm.open(hosted("soon1234", MeetingState.SCHEDULED, 600));
        assertThat(f.navigator.page).isEqualTo("room");
        assertThat(f.navigator.room.host()).isTrue();
        assertThat(((dev.coms.protocol.rest.JoinRequest) f.server().sent.getLast()).passcode())
                .isNull();
    }
}
