package dev.coms.client.ui.scheduler;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.Invitation.Channel;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.ServerCapabilities;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Edit, Add to calendar, the zone picker, "starts in …" and the channels Send Link offers. */
class SchedulerEditTest {

    private final Fixture f = new Fixture().asHost("Ada");
    private final ZoneId berlin = ZoneId.of("Europe/Berlin");
    private final SchedulerViewModel vm = new SchedulerViewModel(f.services, f.navigator, berlin, f.clock);

    private static HostMeetingView hosted(MeetingView m) {
        return new HostMeetingView(m, "ABCD-EFGH", m.link() + "#p=ABCD-EFGH", m.appLink());
    }

    private HostMeetingView listed(long startInSeconds) {
        HostMeetingView h = hosted(
                meeting("soon1234", MeetingMode.PRIVATE, MeetingState.SCHEDULED, NOW.plusSeconds(startInSeconds)));
        f.server().mine.add(h);
        vm.refresh();
        return vm.meetingsProperty().getFirst();
    }

    @Test
    void editStartsFromTheMeetingAndMovesItKeepingTheId() {
        HostMeetingView h = listed(3600); // 10:00 UTC = 11:00 in Berlin
        NewMeetingViewModel form = vm.edit(h);
        assertThat(form.editing()).isTrue();
        assertThat(form.titleProperty().get()).isEqualTo("Weekly sync");
        assertThat(form.topicProperty().get()).isEqualTo("Roadmap and hiring");
        assertThat(form.timeProperty().get()).isEqualTo("11:00");
        assertThat(form.zoneProperty().get()).isEqualTo(berlin);

        HostMeetingView moved = hosted(new MeetingView(
                "soon1234",
                MeetingMode.PRIVATE,
                "Weekly sync",
                "Hiring only",
                "Ada Host",
                NOW.plusSeconds(7200),
                "Europe/Berlin",
                MeetingState.SCHEDULED,
                0,
                h.meeting().link(),
                h.meeting().appLink()));
        f.server().mine.set(0, moved);
        form.topicProperty().set("Hiring only");
        form.timeProperty().set("12:00");
        form.save();

        assertThat(f.server().sent.getLast())
                .isEqualTo(new ScheduleMeetingRequest(
                        MeetingMode.PRIVATE, "Weekly sync", "Hiring only", "2030-03-01", "12:00", "Europe/Berlin"));
        assertThat(form.doneProperty().get()).isTrue();
        assertThat(vm.meetingsProperty()).containsExactly(moved);
        assertThat(vm.messageProperty().get())
                .isEqualTo("\u201cWeekly sync\u201d now starts Fri 1 Mar 2030, 12:00 CET.");
    }

    @Test
    void addToCalendarSavesTheHostsFileInDownloads() throws Exception {
        HostMeetingView h = listed(3600);
        vm.addToCalendar(h);
        var file = f.desktop.downloads.resolve("Weekly sync.ics");
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
        assertThat(f.desktop.opened).containsExactly(file.toUri());
        assertThat(vm.messageProperty().get()).startsWith("Saved Weekly sync.ics in ");
    }

    @Test
    void startsInCountsByTheServersClock() {
        assertThat(vm.startsInText(listed(150))).isEqualTo("starts in 3 min");
        f.server().mine.clear();
        assertThat(vm.startsInText(listed(2 * 3600 + 5 * 60))).isEqualTo("starts in 2 h 5 min");
        f.server().mine.clear();
        assertThat(vm.startsInText(listed(3 * 86_400))).isEqualTo("starts in 3 days");
    }

    @Test
    void theZonePickerFindsCitiesCountriesAndOffsetsWithTheDeviceZoneFirst() {
        NewMeetingViewModel form = vm.newMeeting();
        assertThat(form.zoneMatchesProperty().getFirst()).isEqualTo(berlin);
        assertThat(form.zones())
                .extracting(ZoneId::getId)
                .doesNotContain("US/Samoa", "America/Atka", "Etc/GMT+1", "SystemV/AST4", "Asia/Calcutta", "UTC")
                .contains("Asia/Kolkata", "America/New_York");

        form.zoneSearchProperty().set("tokyo");
        assertThat(form.zoneMatchesProperty()).containsExactly(ZoneId.of("Asia/Tokyo"));
        form.zoneSearchProperty().set("Germany");
        assertThat(form.zoneMatchesProperty()).contains(berlin);
        form.zoneSearchProperty().set("UTC+01:00");
        assertThat(form.zoneMatchesProperty()).contains(berlin).doesNotContain(ZoneId.of("Europe/London"));
        form.zoneSearchProperty().set("+1");
        assertThat(form.zoneMatchesProperty()).contains(berlin);
        form.zoneSearchProperty().set("new york");
        assertThat(form.zoneMatchesProperty()).containsExactly(ZoneId.of("America/New_York"));
        assertThat(form.zoneLabel(berlin)).isEqualTo("UTC+01:00 Berlin (Germany)");
        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2030, 3, 1));
    }

    @Test
    void sendLinkOffersOnlyWhatTheServerCanDeliver() {
        f.server().capabilities = new ServerCapabilities(false, true, false);
        SendLinkViewModel send = vm.sendLink(listed(3600));
        assertThat(send.serverEmailProperty().get()).isFalse();
        assertThat(send.serverSendsProperty().get())
                .as("email goes through the mail app")
                .isFalse();
        assertThat(send.serverSmsProperty().get()).isTrue();
        send.channelProperty().set(Channel.SMS);
        assertThat(send.serverSendsProperty().get()).isTrue();
    }
}
