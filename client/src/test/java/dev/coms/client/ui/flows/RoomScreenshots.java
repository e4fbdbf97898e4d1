package dev.coms.client.ui.flows;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.ui.flows.RoomViewTest.ScriptedCall;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.room.RoomView;
import dev.coms.client.ui.room.RoomViewModel;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.client.ui.testing.Headless;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.signal.Participant;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the room with 2 and 4 people (synthetic test-pattern video) at 100 % and 200 % into
 * {@code -Dcoms.screenshots=<folder>} for docs/ui.md. Skipped unless that property is set.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "coms.screenshots", matches = ".+")
class RoomScreenshots {

    static {
        Headless.configure();
    }

    private final Fixture f = new Fixture(Platform::runLater);
    private final ScriptedCall call = new ScriptedCall();
    private RoomViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new RoomViewModel(
                new RoomEntry(
                        URI.create("https://coms.example.org"),
                        meeting("room1234", MeetingMode.PRIVATE, MeetingState.LIVE, NOW),
                        new JoinTicket("room1234", "t", NOW.plusSeconds(30), "/ws"),
                        true,
                        "Ada Host"),
                call,
                f.ui,
                c -> {},
                f.clock,
                f.desktop);
        RoomView view = new RoomView(vm, f.ui, new Label("menu"), new Label("open meetings"));
        Scene scene = new Scene(view, 1200, 780);
        scene.getStylesheets()
                .add(RoomView.class.getResource("/dev/coms/client/ui/coms.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.start();
    }

    @Test
    void twoAndFourPeople(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("coms.screenshots"));
        Files.createDirectories(dir);
        call.events.joined("me", true);
        call.events.participantJoined(new Participant("p2", "Bob Builder", false, true, true, false));
        WaitForAsyncUtils.waitForFxEvents();
        paint(0, 30);
        paint(1, 200);
        robot.interact(vm::toggleMessenger);
        call.events.chatReceived(
                "p2",
                "Morning! The agenda is at https://example.org/agenda — shall we start with"
                        + " the roadmap and leave hiring for the second half?",
                false);
        robot.interact(() -> vm.chat().send("Yes, let's start with the roadmap."));
        call.events.chatReceived("p2", "Could you share the slides with me afterwards?", true);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, dir, "room-2-people");

        robot.interact(vm::toggleMessenger);
        call.events.participantJoined(new Participant("p3", "Cleo Park", false, false, true, false));
        call.events.participantJoined(new Participant("p4", "Dan Ito", false, true, false, false));
        WaitForAsyncUtils.waitForFxEvents();
        paint(2, 120);
        call.events.hand("p3", true);
        robot.interact(vm.people()::toggle);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, dir, "room-4-people");
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, dir, "room-4-people-minimum-size");
    }

    /** A test pattern (a diagonal gradient in one hue) into the sink of the n-th remote tile. */
    private void paint(int n, int hue) {
        if (n >= call.sinks.size()) {
            return;
        }
        FrameSink sink = call.sinks.get(n);
        int w = 640;
        int h = 360;
        ByteBuffer frame = sink.acquire(w, h);
        java.awt.Color base = java.awt.Color.getHSBColor(hue / 360f, 0.45f, 0.75f);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double t = 0.6 + 0.4 * ((x + y) / (double) (w + h));
                frame.put((byte) (base.getBlue() * t))
                        .put((byte) (base.getGreen() * t))
                        .put((byte) (base.getRed() * t))
                        .put((byte) 255);
            }
        }
        sink.publish();
    }

    private void shoot(FxRobot robot, Path dir, String name) throws Exception {
        for (int scale : new int[] {1, 2}) {
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> {
                SnapshotParameters params = new SnapshotParameters();
                params.setTransform(Transform.scale(scale, scale));
                image[0] = stage.getScene().getRoot().snapshot(params, null);
            });
            int w = (int) image[0].getWidth();
            int h = (int) image[0].getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image[0].getPixelReader()
                        .getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
                out.setRGB(0, y, w, 1, row, 0, w);
            }
            javax.imageio.ImageIO.write(
                    out,
                    "png",
                    dir.resolve(name + (scale == 1 ? "" : "@2x") + ".png").toFile());
        }
    }
}
