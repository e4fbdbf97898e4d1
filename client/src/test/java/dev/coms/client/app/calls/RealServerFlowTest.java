package dev.coms.client.app.calls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.sun.net.httpserver.HttpServer;
import dev.coms.client.call.runtime.CallRuntime;
import dev.coms.client.call.runtime.MediaSources;
import dev.coms.client.signaling.MeetingsApi;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.shell.Shell;
import dev.coms.client.ui.testing.Headless;
import dev.coms.client.ui.testing.RecordingDesktop;
import dev.coms.protocol.InviteLink;
import dev.coms.server.ComsServer;
import dev.coms.server.accounts.AccountsSettings;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.meetings.MeetingsSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * Two Coms windows against a real server and its database, driven like people do: a host registers, schedules a
 * private meeting in the Meeting Scheduler, copies its link and sends it by SMS through the server's gateway hook; a guest opens the link three seconds before the start,
 * watches the countdown tick (the server and both windows share one clock that the test moves), and joins with the
 * passcode the link carries.
 */
@ExtendWith(ApplicationExtension.class)
class RealServerFlowTest {

    static {
        Headless.configure();
    }

    /** The time of the server and of both windows: stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final Instant NINE = Instant.parse("2030-03-01T09:00:00Z");
    private static final MovableClock CLOCK = new MovableClock();
    private static CallRuntime engine;
    private static ComsServer coms;
    private static WebServer server;
    private static URI base;
    /** A local SMS gateway: what the server posts to its webhook. */
    private static HttpServer sms;

    private static final List<String> SMS_RECEIVED = new CopyOnWriteArrayList<>();
    private final List<EngineCallPort> calls = new CopyOnWriteArrayList<>();
    private final RecordingDesktop hostDesktop = new RecordingDesktop();
    private Shell host;
    private Shell guest;

    @BeforeAll
    static void startServer() throws Exception {
        CLOCK.set(NINE);
        engine = CallRuntime.synthetic();
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort(); // invitation links carry the public address: it must be this server's
        }
        base = URI.create("http://127.0.0.1:" + port);
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 2);
        sms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sms.createContext("/sms", exchange -> {
            SMS_RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        sms.start();
        var invites = new InvitesSettings(
                "",
                587,
                "",
                "",
                "",
                true,
                "http://127.0.0.1:" + sms.getAddress().getPort() + "/sms",
                "",
                50);
        coms = ComsServer.create(
                new ServerSettings(base, db, AccountsSettings.defaults(), MeetingsSettings.defaults(), invites), CLOCK);
        WebServerConfig.Builder builder = WebServer.builder().port(port).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
    }

    @AfterAll
    static void stopServer() {
        sms.stop(0);
        server.stop();
        coms.close();
        engine.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        host = window(stage, "host", hostDesktop, 0);
        guest = window(new Stage(), "guest", new RecordingDesktop(), 510); // one above the other, both on screen
    }

    @AfterEach
    void leaveEverything() throws Exception {
        for (EngineCallPort call : calls) {
            call.leave();
            call.released().get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aScheduledPrivateMeetingFromTheSchedulerToTheGuestsCountdownAndRoom(FxRobot robot) {
        // The host registers on the first-run page and lands on Home. (Two windows and no window manager: text is
        // put into fields directly, since typed keys go to whichever window X gives the focus.)
        type(robot, host, "#server", base.toString());
        click(robot, host, "Register");
        type(robot, host, "you@example.org", "hannah@example.org");
        type(robot, host, "How others see you", "Hannah Host");
        type(robot, host, "#register-password", "correct horse battery");
        type(robot, host, "#register-confirm", "correct horse battery");
        press(robot, host, "#register"); // below the fold of this short window: the page scrolls
        waitFor("the host's home", () -> query(robot, host, "Hello, Hannah Host") != null);

        // Meeting Scheduler: New (private by default, next full hour: 10:00 UTC), Save, then Copy Link.
        click(robot, host, "#menu-scheduler");
        click(robot, host, "#new-meeting");
        robot.interact(() -> ((TextInputControl) robot.lookup("#new-title").query()).setText("Design review"));
        robot.clickOn("#save-meeting");
        waitFor(
                "the meeting in the host's list",
                () -> !myMeetings(robot).getItems().isEmpty());
        waitFor(
                "its line: start in the host's zone and mode",
                () -> query(robot, host, "Fri 1 Mar 2030, 10:00 UTC \u00b7 Private \u00b7 starts in 1 h") != null);
        click(robot, host, "Copy Link");
        String link = hostDesktop.clipboard;
        assertThat(link).startsWith(base + "/m/").contains("#p=");

        // Send Link by SMS: the prepared text, edited, reaches the SMS gateway through the server.
        click(robot, host, "Send Link");
        robot.clickOn("SMS");
        TextInputControl text = robot.lookup("#invite-text").query();
        assertThat(text.getText())
                .contains("Design review")
                .contains(link)
                .contains("Passcode: " + link.substring(link.indexOf("#p=") + 3));
        robot.interact(() -> {
            ((TextInputControl) robot.lookup("#invite-to").query()).setText("+4915123456789");
            text.setText("Hi Gus! " + text.getText());
        });
        robot.clickOn("Send");
        waitFor("the SMS at the gateway", () -> !SMS_RECEIVED.isEmpty());
        assertThat(SMS_RECEIVED.getFirst()).contains("+4915123456789").contains("Hi Gus! You are invited");
        robot.clickOn("Close");

        // The guest continues as a guest, then opens the link three seconds before the start.
        type(robot, guest, "#server", base.toString());
        click(robot, guest, "Join as guest");
        type(robot, guest, "#guest-name", "Gus Guest");
        click(robot, guest, "#continue-as-guest");
        waitFor("the guest's home", () -> query(robot, guest, "Hello, Gus Guest") != null);
        CLOCK.set(Instant.parse("2030-03-01T09:59:57Z"));
        robot.interact(() -> guest.invite(InviteLink.parse(link).orElseThrow()));

        waitFor("the meeting's card", () -> text(robot, guest, "#meeting-title").equals("Design review"));
        assertThat(query(robot, guest, "Hosted by Hannah Host")).isNotNull();
        assertThat(text(robot, guest, "#meeting-start")).isEqualTo("Starts Fri 1 Mar 2030, 10:00 UTC");
        waitFor(
                "the countdown from three seconds",
                () -> text(robot, guest, "#countdown").equals("00:00:03"));
        assertThat(query(robot, guest, "#join")).as("no Join before the start").isNull();
        CLOCK.set(Instant.parse("2030-03-01T09:59:58Z"));
        waitFor("the countdown ticks", () -> text(robot, guest, "#countdown").equals("00:00:02"));
        CLOCK.set(Instant.parse("2030-03-01T10:00:00Z"));
        waitFor("Join the meeting appears at the start", () -> query(robot, guest, "#join") != null);
        assertThat(field(robot, guest, "#passcode").getText())
                .as("prefilled from the link")
                .isEqualTo(link.substring(link.indexOf("#p=") + 3));

        click(robot, guest, "#join");
        waitFor("the guest's own tile in the room", () -> query(robot, guest, "Gus Guest (you)") != null);
    }

    @Test
    void anOpenMeetingStartedNowIsListedLiveForEveryoneAndJoinedFromTheList(FxRobot robot) {
        CLOCK.set(NINE);
        type(robot, guest, "#server", base.toString());
        click(robot, guest, "Join as guest");
        type(robot, guest, "#guest-name", "Olga Open");
        click(robot, guest, "#continue-as-guest");
        waitFor("the guest's home", () -> query(robot, guest, "Hello, Olga Open") != null);
        assertThat(query(robot, guest, "#join-open-meeting"))
                .as("no open meeting yet")
                .isNull();

        type(robot, host, "#server", base.toString());
        click(robot, host, "Register");
        type(robot, host, "you@example.org", "otto@example.org");
        type(robot, host, "How others see you", "Otto Host");
        type(robot, host, "#register-password", "correct horse battery");
        type(robot, host, "#register-confirm", "correct horse battery");
        press(robot, host, "#register"); // below the fold of this short window: the page scrolls
        waitFor("the host's home", () -> query(robot, host, "Hello, Otto Host") != null);
        click(robot, host, "Start an Open Meeting");
        type(robot, host, "#topic", "Friday demo");
        click(robot, host, "#start-meeting");
        waitFor("the host in the room", () -> query(robot, host, "Otto Host (you)") != null);

        waitFor("the guest's home offers the open meeting", () -> query(robot, guest, "#join-open-meeting") != null);
        click(robot, guest, "#join-open-meeting");
        waitFor(
                "the list shows it live with the host in it",
                () -> query(robot, guest, "Friday demo") != null
                        && query(robot, guest, "Hosted by Otto Host") != null
                        && query(robot, guest, "1 person") != null);
        click(robot, guest, "Join");
        waitFor("the guest in the room", () -> query(robot, guest, "Olga Open (you)") != null);
        waitFor("the host sees the guest", () -> query(robot, host, "Olga Open") != null);
        waitFor("and the guest sees the host", () -> query(robot, guest, "Otto Host (host)") != null);
    }

    private ListView<?> myMeetings(FxRobot robot) {
        return (ListView<?>) find(robot, host, "#my-meetings");
    }

    private Shell window(Stage stage, String who, RecordingDesktop desktop, double y) throws Exception {
        LocalStore store = new LocalStore(Files.createTempDirectory("coms-" + who));
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
        Shell shell = new Shell(services, ZoneId.of("UTC"), CLOCK);
        Scene scene = new Scene(shell.root(), 1000, 480);
        scene.getStylesheets()
                .add(Shell.class.getResource("/dev/coms/client/ui/coms.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Coms " + who);
        stage.setX(0);
        stage.setY(y);
        shell.start();
        stage.show();
        return shell;
    }

    private static Node query(FxRobot robot, Shell shell, String query) {
        return robot.from(shell.root()).lookup(query).queryAll().stream()
                .filter(RealServerFlowTest::showing)
                .findFirst()
                .orElse(null);
    }

    /**
     * Clicks the first showing match. Lists rebuild their rows when their items change, so a row's button found a
     * moment ago may have left the scene: look again until the match is attached.
     */
    private static void click(FxRobot robot, Shell shell, String query) {
        for (int attempt = 0; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node node = find(robot, shell, query);
            if (node.getScene() != null || attempt == 20) {
                robot.clickOn(node);
                return;
            }
        }
    }

    /** The first match that is showing (the first-run page keeps its other forms, hidden, in the scene). */
    private static Node find(FxRobot robot, Shell shell, String query) {
        return robot.from(shell.root()).lookup(query).queryAll().stream()
                .filter(RealServerFlowTest::showing)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Nothing showing matches " + query));
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

    /** A field by id ({@code #…}) or by its prompt text. */
    private static TextInputControl field(FxRobot robot, Shell shell, String query) {
        if (query.startsWith("#")) {
            return (TextInputControl) find(robot, shell, query);
        }
        return robot
                .from(shell.root())
                .lookup((Node n) -> n instanceof TextInputControl t && query.equals(t.getPromptText()))
                .queryAll()
                .stream()
                .filter(RealServerFlowTest::showing)
                .map(TextInputControl.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field showing the prompt " + query));
    }

    /** Presses a button that may be scrolled out of view. */
    private static void press(FxRobot robot, Shell shell, String query) {
        javafx.scene.control.ButtonBase button = (javafx.scene.control.ButtonBase) find(robot, shell, query);
        robot.interact(button::fire);
    }

    private static void type(FxRobot robot, Shell shell, String query, String text) {
        if (query.equals("#server")) { // the server address is tucked away under "Advanced"
            robot.interact(() -> ((javafx.scene.control.TitledPane) find(robot, shell, "#advanced")).setExpanded(true));
        }
        TextInputControl input = field(robot, shell, query);
        robot.interact(() -> input.setText(text));
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
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        } catch (Exception e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
    }
}
