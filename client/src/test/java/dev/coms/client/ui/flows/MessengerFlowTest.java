package dev.coms.client.ui.flows;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.ui.flows.RoomViewTest.ScriptedCall;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.room.RoomView;
import dev.coms.client.ui.room.RoomViewModel;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.client.ui.testing.Headless;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.signal.Participant;
import java.net.URI;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The messenger in the real room view: long messages wrap, can be copied, links open, new messages scroll in. */
@ExtendWith(ApplicationExtension.class)
class MessengerFlowTest {

    static {
        Headless.configure();
    }

    private static final String LONG = "This message is much longer than the messenger is wide, so it has to wrap onto"
            + " several lines instead of being cut off with an ellipsis; the agenda is at https://example.org/agenda.";

    private final Fixture f = new Fixture(Platform::runLater);
    private final ScriptedCall call = new ScriptedCall();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        RoomViewModel vm = new RoomViewModel(
                new RoomEntry(
                        URI.create("https://coms.example.org"),
                        meeting("room1234", MeetingMode.OPEN, MeetingState.LIVE, NOW),
                        new JoinTicket("room1234", "t", NOW.plusSeconds(30), "/ws"),
                        false,
                        "Ada"),
                call,
                f.ui,
                c -> {},
                f.clock,
                f.desktop);
        RoomView view = new RoomView(vm, f.ui, new Label("menu"), new Label("open meetings"));
        Scene scene = new Scene(view, 1000, 700);
        scene.getStylesheets()
                .add(RoomView.class.getResource("/dev/coms/client/ui/coms.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.start();
    }

    private void join() {
        call.events.joined("me", false);
        call.events.participantJoined(new Participant("p2", "Bob Builder", true, true, true, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongMessageWrapsAndIsCopiedWithSenderAndTime(FxRobot robot) {
        join();
        robot.clickOn("#toggle-messenger");
        call.events.chatReceived("p2", LONG, false);
        call.events.chatReceived("p2", "just for you", true);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#chat-lines").queryAs(ListView.class);
        Node cell = robot.from(list).lookup(".chat-cell").nth(0).query();
        TextFlow text = robot.from(cell).lookup(".chat-text").queryAs(TextFlow.class);
        Bounds inList = list.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
        assertThat(inList.getMaxX()).as("the text stays inside the list").isLessThanOrEqualTo(list.getWidth());
        assertThat(text.getHeight()).as("several lines, not one cut short").isGreaterThan(3 * 14);
        assertThat(robot.from(cell).lookup(".chat-from").queryAs(Label.class).getText())
                .isEqualTo("Bob Builder");
        assertThat(robot.from(cell).lookup(".chat-time").queryAs(Label.class).getText())
                .isEqualTo("09:00");

        Node second = robot.from(list).lookup(".chat-cell").nth(1).query();
        assertThat(robot.from(second).lookup(".chat-from").queryAs(Label.class).getText())
                .isEqualTo("Bob Builder → you");
        assertThat(robot.from(second).lookup(".chat-private-badge").query().isVisible())
                .isTrue();

        robot.clickOn(robot.from(cell).lookup(".chat-from").queryAs(Label.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.desktop.clipboard).isEqualTo("Bob Builder, 09:00: " + LONG);

        robot.clickOn(robot.from(cell).lookup(".chat-link").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.desktop.opened).containsExactly(URI.create("https://example.org/agenda"));
    }

    @Test
    void theListFollowsNewMessagesUntilTheUserScrollsUp(FxRobot robot) {
        join();
        robot.clickOn("#toggle-messenger");
        for (int i = 0; i < 60; i++) {
            call.events.chatReceived("p2", "message " + i, false);
        }
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#chat-lines").queryAs(ListView.class);
        settle(robot, list, "message 59"); // the list scrolls on the layout pulses after the messages arrive
        assertThat(lastVisibleText(robot, list))
                .as("the newest message is in view")
                .contains("message 59");

        robot.interact(() -> list.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        call.events.chatReceived("p2", "message 60", false);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastVisibleText(robot, list))
                .as("the list stays where the user reads")
                .doesNotContain("message 60");
        Node newer = robot.lookup("#chat-newer").query();
        assertThat(newer.isVisible()).isTrue();

        robot.clickOn(newer);
        WaitForAsyncUtils.waitForFxEvents();
        settle(robot, list, "message 60");
        assertThat(lastVisibleText(robot, list)).contains("message 60");
        assertThat(newer.isVisible()).isFalse();
    }

    /** Waits (up to 5 s) until {@code text} is the lowest message in view; the assertion after it says if not. */
    private static void settle(FxRobot robot, ListView<?> list, String text) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
                String[] last = new String[1];
                robot.interact(() -> last[0] = lastVisibleText(robot, list));
                return last[0] != null && last[0].contains(text);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion that follows reports what is in view
        }
    }

    /** The text of the lowest message that is fully inside the list's viewport. */
    private static String lastVisibleText(FxRobot robot, ListView<?> list) {
        Bounds view = list.localToScene(list.getBoundsInLocal());
        return robot.from(list).lookup(".chat-cell").queryAll().stream()
                .filter(c -> c.isVisible() && ((javafx.scene.control.ListCell<?>) c).getItem() != null)
                .filter(c -> {
                    Bounds b = c.localToScene(c.getBoundsInLocal());
                    return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY() + 1;
                })
                .max(java.util.Comparator.comparingDouble(
                        c -> c.localToScene(c.getBoundsInLocal()).getMinY()))
                .map(c -> ((javafx.scene.control.ListCell<?>) c).getItem().toString())
                .orElse("");
    }
}
