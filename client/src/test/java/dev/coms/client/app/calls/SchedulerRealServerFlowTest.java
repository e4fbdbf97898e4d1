package dev.coms.client.app.calls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.call.runtime.CallRuntime;
import dev.coms.client.call.runtime.MediaSources;
import dev.coms.client.signaling.MeetingsApi;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.session.UserSession;
import dev.coms.client.ui.shell.Shell;
import dev.coms.client.ui.testing.Headless;
import dev.coms.client.ui.testing.RecordingDesktop;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.testing.MutableClock;
import dev.coms.server.ComsServer;
import dev.coms.server.accounts.AccountsSettings;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.meetings.MeetingsSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Meeting Scheduler against a real server, with a host's and a guest's window and one clock the test moves: the
 * time-zone picker found by typing, Add to calendar, Edit moving a meeting while the guest's card follows, and the
 * host opening their room ten minutes early while the guest still counts down.
 */
@ExtendWith(ApplicationExtension.class)
class SchedulerRealServerFlowTest {

    static {
        Headless.configure();
    }

    private static final Instant NINE = Instant.parse("2030-03-01T09:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(NINE);
    private static CallRuntime engine;
    private static ComsServer coms;
    private static WebServer server;
    private static URI base;
    private final List<EngineCallPort> calls = new CopyOnWriteArrayList<>();
    private final RecordingDesktop hostDesktop = new RecordingDesktop();
    private Shell host;
    private Shell guest;

    @BeforeAll
    static void startServer() throws Exception {
        engine = CallRuntime.synthetic();
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        base = URI.create("http://127.0.0.1:" + port);
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 2);
        coms = ComsServer.create(
                new ServerSettings(
                        base, db, AccountsSettings.defaults(), MeetingsSettings.defaults(), InvitesSettings.defaults()),
                CLOCK);
        WebServerConfig.Builder builder = WebServer.builder().port(port).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        coms.close();
        engine.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        CLOCK.set(NINE);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SessionView hannah = new MeetingsApi(base, CLOCK)
                .register(new RegisterRequest(
                        "hannah-" + System.nanoTime() + "@example.org", "Hannah Host", "correct horse battery"));
        host = window(
                stage,
                new UserSession(
                        base,
                        "Hannah Host",
                        hannah.token(),
                        hannah.expiresAt(),
                        hannah.account().email()),
                hostDesktop,
                0);
        guest = window(new Stage(), UserSession.guest(base, "Gus Guest"), new RecordingDesktop(), 510);
    }

    @AfterEach
    void leaveEverything() throws Exception {
        for (EngineCallPort call : calls) {
            call.leave();
            call.released().get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void pickAZoneByTypingAddToCalendarEditWhileTheGuestWatchesThenOpenEarly(FxRobot robot) throws Exception {
        click(robot, host, "#menu-scheduler");
        click(robot, host, "#new-meeting");
        TextInputControl search = robot.lookup("#zone-search").query();
        robot.clickOn(search).write("tokyo");
        @SuppressWarnings("unchecked")
        ListView<ZoneId> zones = robot.lookup("#zone-list").queryAs(ListView.class);
        waitFor("one match", () -> zones.getItems().equals(List.of(ZoneId.of("Asia/Tokyo"))));
        robot.interact(() -> search.setText("+9"));
        assertThat(zones.getItems()).contains(ZoneId.of("Asia/Tokyo")).doesNotContain(ZoneId.of("Europe/Berlin"));
        robot.interact(() -> search.setText("Japan"));
        robot.clickOn(search).type(javafx.scene.input.KeyCode.ENTER);
        assertThat(((Label) robot.lookup("#zone-chosen").query()).getText())
                .isEqualTo("Time zone: UTC+09:00 Tokyo (Japan)");
        robot.interact(() -> {
            ((TextInputControl) robot.lookup("#new-title").query()).setText("Design review");
            ((TextInputControl) robot.lookup("#new-topic").query()).setText("The new scheduler");
            ((TextInputControl) robot.lookup("#new-time").query()).setText("20:00"); // 11:00 UTC
        });
        robot.clickOn("#save-meeting");
        waitFor(
                "the meeting in the list, in the host's zone, with its topic",
                () -> query(robot, host, "Fri 1 Mar 2030, 11:00 UTC \u00b7 Private \u00b7 starts in 2 h") != null
                        && query(robot, host, "The new scheduler") != null);

        click(robot, host, "Add to calendar");
        Path ics = hostDesktop.downloads.resolve("Design review.ics");
        waitFor("the calendar file in Downloads", () -> Files.exists(ics));
        String calendar = Files.readString(ics);
        assertThat(calendar)
                .contains("BEGIN:VEVENT")
                .contains("DTSTART:20300301T110000Z")
                .contains("#p=");
        assertThat(hostDesktop.opened).contains(ics.toUri());

        click(robot, host, "Copy Link");
        String link = hostDesktop.clipboard;
        robot.interact(() -> guest.invite(InviteLink.parse(link).orElseThrow()));
        waitFor(
                "the guest's card",
                () -> text(robot, guest, "#meeting-start").equals("Starts Fri 1 Mar 2030, 11:00 UTC"));

        click(robot, host, "Edit");
        robot.interact(() -> ((TextInputControl) robot.lookup("#new-time").query()).setText("21:00")); // 12:00 UTC
        robot.clickOn("#save-meeting");
        waitFor(
                "the host's list shows the new time",
                () -> query(robot, host, "Fri 1 Mar 2030, 12:00 UTC \u00b7 Private \u00b7 starts in 3 h") != null);
        CLOCK.set(NINE.plusSeconds(20)); // the guest's card asks again every 15 seconds
        waitFor(
                "the guest's card follows",
                () -> text(robot, guest, "#meeting-start").equals("Starts Fri 1 Mar 2030, 12:00 UTC"));

        CLOCK.set(Instant.parse("2030-03-01T11:51:00Z"));
        click(robot, host, "Open");
        waitFor("the host in their room nine minutes early", () -> query(robot, host, "Hannah Host (you)") != null);
        waitFor(
                "the guest still counts down",
                () -> text(robot, guest, "#countdown").equals("00:09:00"));
        assertThat(query(robot, guest, "#join")).as("guests wait for the start").isNull();
    }

    private Shell window(Stage stage, UserSession session, RecordingDesktop desktop, double y) throws Exception {
        LocalStore store = new LocalStore(Files.createTempDirectory("coms-sched"));
        AppServices services = new AppServices(
                UiExecutor.fx(),
                store,
                u -> new MeetingsApi(u, CLOCK),
                desktop,
                () -> {
                    EngineCallPort call = new EngineCallPort(engine, MediaSources.synthetic(320, 240, 15));
                    calls.add(call);
                    return call;
                },
                new EngineDevicesPort(engine));
        services.startSession(session);
        Shell shell = new Shell(services, ZoneId.of("UTC"), CLOCK);
        Scene scene = new Scene(shell.root(), 1000, 480);
        scene.getStylesheets()
                .add(Shell.class.getResource("/dev/coms/client/ui/coms.css").toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(y);
        shell.start();
        stage.show();
        return shell;
    }

    private static Node query(FxRobot robot, Shell shell, String query) {
        return robot.from(shell.root()).lookup(query).queryAll().stream()
                .filter(SchedulerRealServerFlowTest::showing)
                .findFirst()
                .orElse(null);
    }

    private static void click(FxRobot robot, Shell shell, String query) {
        for (int attempt = 0; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node node = query(robot, shell, query);
            if ((node != null && node.getScene() != null) || attempt == 20) {
                robot.clickOn(node);
                return;
            }
        }
    }

    private static boolean showing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, Shell shell, String query) {
        return robot.from(shell.root())
                .lookup(query)
                .tryQuery()
                .map(n -> ((Label) n).getText())
                .orElse("");
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
    }
}
