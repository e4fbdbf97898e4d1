package dev.coms.client.ui.flows;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.SERVER;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.ui.shell.Shell;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.client.ui.testing.Headless;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.AccountView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window from first run to a meeting room, driven like a user would. */
@ExtendWith(ApplicationExtension.class)
class FirstRunAndInviteFlowTest {

    static {
        Headless.configure();
    }

    private final Fixture f = new Fixture(Platform::runLater);
    private Shell shell;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        shell = new Shell(f.services, ZoneId.of("Europe/Berlin"), f.clock);
        Scene scene = new Scene(shell.root(), 1100, 740);
        scene.getStylesheets()
                .add(Shell.class.getResource("/dev/coms/client/ui/coms.css").toExternalForm());
        stage.setScene(scene);
        shell.start();
        stage.show();
    }

    @Test
    void guestSignsInAndSeesHomeWithoutHostEntries(FxRobot robot) {
        robot.clickOn("Join as guest");
        robot.clickOn("#guest-name").write("Grace");
        robot.clickOn("#continue-as-guest");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("Hello, Grace").tryQuery()).isPresent();
        assertThat(robot.lookup("#menu-home").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#menu-scheduler").queryButton().isVisible()).isFalse();
        assertThat(f.newServices().session()).isPresent();
    }

    @Test
    void enterInTheRepeatedPasswordFieldCreatesTheAccount(FxRobot robot) {
        f.server().session = new SessionView(
                "tok-7", NOW.plusSeconds(86_400), new AccountView("a7", "hannah@example.org", "Hannah"));
        robot.interact(() -> robot.lookup("#server").queryTextInputControl().setText(SERVER.toString()));
        robot.clickOn("Register");
        robot.clickOn("you@example.org").write("hannah@example.org");
        robot.clickOn("How others see you").write("Hannah");
        robot.clickOn("#register-password").write("correct horse battery");
        robot.clickOn("#register-confirm").write("correct horse battery").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(f.server().sent)
                .singleElement()
                .isInstanceOfSatisfying(
                        RegisterRequest.class, r -> assertThat(r.email()).isEqualTo("hannah@example.org"));
        assertThat(robot.lookup("Hello, Hannah").tryQuery())
                .as("signed in: home greets the new host")
                .isPresent();
        assertThat(robot.lookup("#menu-scheduler").queryButton().isVisible()).isTrue();
    }

    @Test
    void emptyGuestNameIsExplainedInOneSentence(FxRobot robot) {
        robot.clickOn("Join as guest");
        robot.clickOn("#continue-as-guest");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error").queryAs(Label.class).getText())
                .isEqualTo("Enter a display name of 1 to 40 characters.");
    }

    @Test
    void aNewUserOpeningAnInvitationSeesTheMeetingFirstAndJoinsAsAGuest(FxRobot robot) {
        f.server()
                .meetings
                .put("priv1234", meeting("priv1234", MeetingMode.PRIVATE, MeetingState.LIVE, NOW.minusSeconds(30)));
        robot.interact(() -> shell.invite(new InviteLink(SERVER, "priv1234", "ABCD-EFGH")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#invitation-card").tryQuery())
                .as("the meeting card comes first")
                .isPresent();
        assertThat(robot.lookup("#invite-title").queryAs(Label.class).getText()).isEqualTo("Weekly sync");
        assertThat(robot.lookup("#guest-name").queryTextInputControl().isVisible())
                .as("Join as guest is the default")
                .isTrue();
        robot.clickOn("#guest-name").write("Grace");
        robot.clickOn("#continue-as-guest");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#meeting-title").queryAs(Label.class).getText())
                .as("after joining as a guest, the invitation's card on Home")
                .isEqualTo("Weekly sync");
    }

    @Test
    void invitationLinkShowsTheMeetingAndJoinsWithThePasscode(FxRobot robot) {
        robot.interact(() -> f.asGuest("Grace"));
        f.server()
                .meetings
                .put("priv1234", meeting("priv1234", MeetingMode.PRIVATE, MeetingState.LIVE, NOW.minusSeconds(30)));
        robot.interact(() -> shell.invite(new InviteLink(SERVER, "priv1234", "ABCD-EFGH")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#meeting-title").queryAs(Label.class).getText())
                .isEqualTo("Weekly sync");
        assertThat(robot.lookup("#meeting-start").queryAs(Label.class).getText())
                .isEqualTo("Started Fri 1 Mar 2030, 09:59 CET");
        assertThat(robot.lookup("#passcode").queryAs(PasswordField.class).getText())
                .isEqualTo("ABCD-EFGH");
        robot.clickOn("#join");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((JoinRequest) f.server().sent.getLast()).passcode()).isEqualTo("ABCD-EFGH");
        Node ownTile = robot.lookup("#tile-self").query();
        assertThat(ownTile.isVisible()).isTrue();
        assertThat(robot.lookup(".tile-expel").tryQuery())
                .as("guests never see Expel")
                .isEmpty();
    }
}
