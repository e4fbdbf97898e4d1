package dev.coms.client.ui.flows;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.ui.shell.Shell;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.client.ui.testing.Headless;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A host schedules a meeting through the New meeting dialog and copies its link. */
@ExtendWith(ApplicationExtension.class)
class SchedulerFlowTest {

    static {
        Headless.configure();
    }

    private final Fixture f = new Fixture(Platform::runLater);
    private Shell shell;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f.asHost("Ada");
        shell = new Shell(f.services, ZoneId.of("Europe/Berlin"), f.clock);
        stage.setScene(new Scene(shell.root(), 1100, 740));
        shell.start();
        stage.show();
    }

    @Test
    void newMeetingStaysOpenUntilValidThenAppearsInTheList(FxRobot robot) {
        f.server()
                .mine
                .add(new HostMeetingView(
                        meeting("made1234", MeetingMode.PRIVATE, MeetingState.SCHEDULED, NOW.plusSeconds(7200)),
                        "ABCD-EFGH",
                        "https://coms.example.org/m/made1234#p=ABCD-EFGH",
                        "coms://x"));
        robot.clickOn("#menu-scheduler");
        robot.clickOn("#new-meeting");
        robot.clickOn("#save-meeting");
        assertThat(robot.lookup("Enter a title of 1 to 80 characters.").tryQuery())
                .isPresent();

        robot.clickOn("#new-title").write("Design review");
        robot.clickOn("#save-meeting");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#save-meeting").tryQuery()).as("dialog closed").isEmpty();
        ScheduleMeetingRequest sent = (ScheduleMeetingRequest) f.server().sent.getLast();
        assertThat(sent.title()).isEqualTo("Design review");
        assertThat(sent.zone()).isEqualTo("Europe/Berlin");
        ListView<?> list = robot.lookup("#my-meetings").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void copyLinkPutsThePrivateLinkOnTheClipboard(FxRobot robot) {
        f.server()
                .mine
                .add(new HostMeetingView(
                        meeting("made1234", MeetingMode.PRIVATE, MeetingState.SCHEDULED, NOW.plusSeconds(7200)),
                        "ABCD-EFGH",
                        "https://coms.example.org/m/made1234#p=ABCD-EFGH",
                        "coms://x"));
        robot.clickOn("#menu-scheduler");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".button")
                .match((javafx.scene.control.Button b) -> b.getTooltip() != null
                        && "Copy Link".equals(b.getTooltip().getText()))
                .queryButton());
        assertThat(f.desktop.clipboard).isEqualTo("https://coms.example.org/m/made1234#p=ABCD-EFGH");
    }
}
