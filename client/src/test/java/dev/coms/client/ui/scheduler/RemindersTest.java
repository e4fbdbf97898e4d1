package dev.coms.client.ui.scheduler;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.port.Chime;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private final Fixture f = new Fixture().asHost("Ada");
    private final List<Chime> chimes = new ArrayList<>();
    private final Reminders reminders = new Reminders(f.services, f.navigator, ZoneId.of("Europe/Berlin"), chimes::add);

    private void schedule(long startInSeconds) {
        f.server()
                .mine
                .add(new HostMeetingView(
                        meeting(
                                "soon1234",
                                MeetingMode.PRIVATE,
                                MeetingState.SCHEDULED,
                                NOW.plusSeconds(startInSeconds)),
                        "ABCD-EFGH",
                        "https://coms.example.org/m/soon1234#p=ABCD-EFGH",
                        "coms://meeting/soon1234"));
    }

    @Test
    void remindsOnceShortlyBeforeTheHostsMeetingAndOpensIt() {
        schedule(600);
        reminders.start();
        assertThat(reminders.reminderProperty().get())
                .as("ten minutes ahead is too early")
                .isEmpty();

        f.clock.advance(Duration.ofMinutes(5).plusSeconds(15));
        f.ticker.tick();
        assertThat(reminders.reminderProperty().get()).isEqualTo("\u201cWeekly sync\u201d starts at 10:10.");
        assertThat(chimes).containsExactly(Chime.JOIN);

        reminders.dismiss();
        f.clock.advance(Duration.ofSeconds(15));
        f.ticker.tick();
        assertThat(reminders.reminderProperty().get()).as("only once").isEmpty();

        reminders.open();
        assertThat(f.navigator.page).isEqualTo("invite soon1234");
    }

    @Test
    void theSettingTurnsRemindersOff() {
        f.services.updatePreferences(p -> p.withSounds(true, true, false));
        schedule(60);
        reminders.start();
        f.ticker.tick();
        assertThat(reminders.reminderProperty().get()).isEmpty();
    }
}
