package dev.coms.client.ui.flows;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.room.RoomView;
import dev.coms.client.ui.room.RoomViewModel;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.client.ui.testing.Headless;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The meeting room as the host sees it, with an engine that the test drives. */
@ExtendWith(ApplicationExtension.class)
class RoomViewTest {

    static {
        Headless.configure();
    }

    /** Records requests; the test plays the engine's events through {@link #events}. */
    static final class ScriptedCall implements CallPort {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<FrameSink> sinks = new CopyOnWriteArrayList<>();
        volatile RoomListener events;

        @Override
        public void join(URI server, JoinTicket ticket, String name, RoomListener listener) {
            events = listener;
        }

        @Override
        public void setMicrophone(boolean on) {
            calls.add("mic " + on);
        }

        @Override
        public void setCamera(boolean on) {
            calls.add("camera " + on);
        }

        @Override
        public void setScreenSharing(boolean on) {
            calls.add("screen " + on);
        }

        @Override
        public void sendChat(String to, String text) {
            calls.add("chat " + text);
        }

        @Override
        public void answerKnock(String participantId, boolean admit) {}

        @Override
        public void setRoomState(Boolean locked, Boolean waitingRoom) {}

        @Override
        public void setHand(boolean raised) {
            calls.add("hand " + raised);
        }

        @Override
        public void lowerHand(String id) {
            calls.add("lower " + id);
        }

        @Override
        public void expel(String id) {
            calls.add("expel " + id);
        }

        @Override
        public void attachVideo(String id, FrameSink sink) {
            if (id != null) {
                sinks.add(sink);
            }
        }

        @Override
        public void detachVideo(String id) {}

        @Override
        public void leave() {
            calls.add("leave");
        }
    }

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
                        true,
                        "Ada"),
                call,
                f.ui,
                c -> {},
                f.clock,
                f.desktop);
        RoomView view = new RoomView(vm, f.ui, new Label("menu"), new Label("open meetings"));
        Scene scene = new Scene(view, 1100, 740);
        scene.getStylesheets()
                .add(RoomView.class.getResource("/dev/coms/client/ui/coms.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.start();
    }

    private void joinThree() {
        call.events.joined("me", true);
        call.events.participantJoined(new Participant("p2", "Bob", false, true, true, false));
        call.events.participantJoined(new Participant("p3", "Cleo", false, true, true, false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tilesReflowIntoAGridAsPeopleComeAndGo(FxRobot robot) {
        joinThree();
        Bounds me = robot.lookup("#tile-me").query().getBoundsInParent();
        Bounds cleo = robot.lookup("#tile-p3").query().getBoundsInParent();
        assertThat(cleo.getMinY())
                .as("third tile on a second row of a 2x2 grid")
                .isGreaterThan(me.getMaxY() - 1);

        call.events.participantLeft("p3", LeaveReason.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tile-p3").tryQuery()).isEmpty();
        Bounds bob = robot.lookup("#tile-p2").query().getBoundsInParent();
        assertThat(bob.getMinY()).as("two people side by side").isEqualTo(me.getMinY());
    }

    @Test
    void hostExpelsAfterConfirming(FxRobot robot) {
        joinThree();
        assertThat(robot.lookup("#tile-me .tile-expel").tryQuery())
                .as("no Expel on the own tile")
                .isEmpty();
        assertThat(robot.lookup("#tile-p2 .tile-full-screen").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#tile-p2 .tile-expel").queryButton());
        robot.clickOn("Cancel");
        assertThat(call.calls).doesNotContain("expel p2");
        robot.clickOn(robot.lookup("#tile-p2 .tile-expel").queryButton());
        robot.clickOn("Expel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(call.calls).contains("expel p2");
    }

    @Test
    void unreadBadgeAndShortcuts(FxRobot robot) {
        joinThree();
        call.events.chatReceived("p2", "hello", false);
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup("#unread-badge").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1");

        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.D)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(call.calls).contains("mic false");
        robot.clickOn("#toggle-messenger");
        assertThat(badge.isVisible()).isFalse();
        assertThat(robot.lookup("#messenger").query().isVisible()).isTrue();
    }

    @Test
    void fullScreenFillsTheWindowWithOneTileAndEscReturns(FxRobot robot) {
        joinThree();
        int windows = javafx.stage.Window.getWindows().size();
        robot.clickOn(robot.lookup("#tile-p2 .tile-full-screen").queryButton());
        Node full = robot.lookup("#full-screen").query();
        assertThat(full.isVisible()).isTrue();
        assertThat(full.getBoundsInParent().getWidth())
                .as("the whole window")
                .isEqualTo(full.getScene().getWidth());
        assertThat(javafx.stage.Window.getWindows()).as("no second window").hasSize(windows);
        assertThat(robot.lookup("#full-screen-initials").queryAs(Label.class).getText())
                .as("initials while no video came yet")
                .isEqualTo("B");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#full-screen").tryQuery().map(Node::isVisible).orElse(false))
                .isFalse();
        assertThat(robot.lookup("#tile-p2").query().isVisible()).isTrue();

        robot.clickOn(robot.lookup("#tile-p3 .tile-full-screen").queryButton());
        call.events.participantLeft("p3", LeaveReason.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#full-screen").tryQuery().map(Node::isVisible).orElse(false))
                .as("closes itself when that person's stream ends")
                .isFalse();
    }

    @Test
    void participantsSeeWhyTheMeetingEnded(FxRobot robot) {
        joinThree();
        call.events.ended(RoomEnd.HOST_ENDED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#end-screen").query().isVisible()).isTrue();
        assertThat(robot.lookup("#end-text").queryAs(Label.class).getText())
                .isEqualTo("The meeting was ended by the host.");
    }

    @Test
    void aMissingMicrophoneShowsAsOffAndExplainsItselfInADismissibleNotice(FxRobot robot) {
        call.events.localDevices(false, true);
        joinThree();
        assertThat(robot.lookup("#toggle-mic")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isFalse();
        assertThat(robot.lookup("#room-notice").query().isVisible()).isFalse();

        robot.clickOn("#toggle-mic");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#room-notice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#room-notice-text").queryAs(Label.class).getText())
                .isEqualTo("No microphone was found: others cannot hear you.");
        assertThat(call.calls).doesNotContain("mic true");

        robot.clickOn(robot.lookup("#room-notice .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#room-notice").query().isVisible()).isFalse();
    }

    @Test
    void videoFramesReachTheTile(FxRobot robot) {
        joinThree();
        FrameSink sink = call.sinks.getFirst();
        ByteBuffer frame = sink.acquire(64, 36);
        for (int i = 0; i < 64 * 36; i++) {
            frame.put((byte) 0).put((byte) 0).put((byte) 255).put((byte) 255);
        }
        sink.publish();
        WaitForAsyncUtils.waitForFxEvents();
        Node video = robot.lookup("#tile-p2").queryAs(Region.class).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ImageView)
                .findFirst()
                .orElseThrow();
        ImageView image = (ImageView) video;
        assertThat(image.isVisible()).isTrue();
        assertThat(image.getImage().getPixelReader().getArgb(10, 10)).isEqualTo(0xFFFF0000);
    }
}
