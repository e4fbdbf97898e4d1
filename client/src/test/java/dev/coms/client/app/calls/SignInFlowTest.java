package dev.coms.client.app.calls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.signaling.MeetingsApi;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.shell.Shell;
import dev.coms.client.ui.testing.Headless;
import dev.coms.client.ui.testing.NoDevices;
import dev.coms.client.ui.testing.OfflineCall;
import dev.coms.client.ui.testing.RecordingDesktop;
import dev.coms.protocol.rest.RegisterRequest;
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
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in page against a real server whose mail goes to a local SMTP inbox: a wrong password leaves the focus
 * in the password field (what the user types next must never land in the server address), and a forgotten password
 * is reset with the mailed code.
 */
@ExtendWith(ApplicationExtension.class)
class SignInFlowTest {

    static {
        Headless.configure();
    }

    private static final Pattern CODE = Pattern.compile("([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");
    private static MailInbox inbox;
    private static ComsServer coms;
    private static WebServer server;
    private static URI base;
    private Shell shell;
    private AppServices services;
    private final String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    @BeforeAll
    static void startServer() throws Exception {
        inbox = new MailInbox();
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        base = URI.create("http://127.0.0.1:" + port);
        var db = new DbSettings(
                DbSettings.h2FileUrl(Files.createTempDirectory("coms").resolve("db")), "", "", 2);
        var invites = new InvitesSettings("127.0.0.1", inbox.port(), "", "", "coms@example.org", false, "", "", 50);
        coms = ComsServer.create(
                new ServerSettings(base, db, AccountsSettings.defaults(), MeetingsSettings.defaults(), invites),
                Clock.systemUTC());
        WebServerConfig.Builder builder = WebServer.builder().port(port).host("127.0.0.1");
        coms.setup(builder);
        server = builder.build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
        coms.close();
        inbox.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        new MeetingsApi(base).register(new RegisterRequest(email, "Ada Lovelace", "correct horse battery"));
        LocalStore store = new LocalStore(Files.createTempDirectory("coms-signin"));
        store.savePreferences(store.loadPreferences().withServer(base)); // the address this user was given
        services = new AppServices(
                UiExecutor.fx(), store, MeetingsApi::new, new RecordingDesktop(), OfflineCall::new, new NoDevices());
        shell = new Shell(services, ZoneId.of("UTC"), Clock.systemUTC());
        Scene scene = new Scene(shell.root(), 900, 600);
        scene.getStylesheets()
                .add(Shell.class.getResource("/dev/coms/client/ui/coms.css").toExternalForm());
        stage.setScene(scene);
        shell.start();
        stage.show();
    }

    @Test
    void aWrongPasswordKeepsTheFocusInThePasswordField(FxRobot robot) {
        robot.clickOn("#sign-in-email").write(email);
        robot.clickOn("#sign-in-password").write("not my password").type(KeyCode.ENTER);
        waitFor("the server's answer", () -> !label(robot, "#error").isEmpty());
        assertThat(label(robot, "#error")).isEqualTo("The email or password is wrong.");
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.targetWindow(shell.root().getScene().getWindow())
                .lookup("#sign-in-password")
                .query()
                .getScene()
                .getFocusOwner();
        assertThat(focused.getId()).isEqualTo("sign-in-password");

        robot.write("correct horse battery").type(KeyCode.ENTER);
        waitFor(
                "signed in",
                () -> robot.lookup("Hello, Ada Lovelace").tryQuery().isPresent());
        assertThat(services.session().orElseThrow().server())
                .as("the server address was never typed over")
                .isEqualTo(base);
    }

    @Test
    void aForgottenPasswordIsResetWithTheMailedCode(FxRobot robot) throws Exception {
        waitFor(
                "Forgot password is offered",
                () -> robot.lookup("#forgot-password").query().isVisible());
        robot.clickOn("#forgot-password");
        robot.clickOn("#reset-email").write(email);
        robot.clickOn("#send-reset-code");
        waitFor("we sent a code", () -> label(robot, "#reset-sent").contains("we sent it a code"));

        String mail = inbox.mails().poll(20, TimeUnit.SECONDS);
        assertThat(mail).as("the reset mail").isNotNull().contains(email);
        Matcher code = CODE.matcher(mail.substring(mail.indexOf("\r\n\r\n")));
        assertThat(code.find()).as(mail).isTrue();

        robot.clickOn("#reset-code").write(code.group(1));
        robot.clickOn("#reset-password").write("tulip orbit forty two").type(KeyCode.ENTER);
        waitFor(
                "signed in with the new password",
                () -> robot.lookup("Hello, Ada Lovelace").tryQuery().isPresent());
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
    }
}
