package dev.coms.client.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.AccountView;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstRunViewModelTest {

    private final Fixture f = new Fixture();
    private final FirstRunViewModel vm = new FirstRunViewModel(f.services, f.navigator);

    @Test
    void offersAWorkingDefaultServer() {
        assertThat(vm.serverProperty().get()).isEqualTo("http://localhost:8080");
    }

    @Test
    void guestNeedsADisplayName() {
        vm.continueAsGuest();
        assertThat(vm.errorProperty().get()).isEqualTo("Enter a display name of 1 to 40 characters.");
        assertThat(f.navigator.page).isEmpty();
    }

    @Test
    void guestSessionIsRememberedForTheNextStart() {
        vm.serverProperty().set("coms.example.org/");
        vm.displayNameProperty().set("  Grace ");
        vm.continueAsGuest();

        assertThat(f.navigator.page).isEqualTo("home");
        var restarted = f.newServices();
        assertThat(restarted.session()).hasValueSatisfying(s -> {
            assertThat(s.displayName()).isEqualTo("Grace");
            assertThat(s.server()).isEqualTo(URI.create("https://coms.example.org"));
            assertThat(s.host()).isFalse();
        });
    }

    @Test
    void signInKeepsTheTokenAndForgetsThePassword() {
        vm.serverProperty().set(Fixture.SERVER.toString());
        f.server().session = new SessionView(
                "tok-9", Instant.parse("2030-04-01T00:00:00Z"), new AccountView("a1", "ada@example.org", "Ada"));
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("correct horse");
        vm.signIn();

        assertThat(((SignInRequest) f.server().sent.getLast()).password()).isEqualTo("correct horse");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(f.services.session())
                .hasValueSatisfying(s -> assertThat(s.host()).isTrue());
        assertThat(f.server().token).isEqualTo("tok-9");
        assertThat(f.navigator.page).isEqualTo("home");
    }

    @Test
    void wrongPasswordShowsTheServersSentence() {
        vm.serverProperty().set(Fixture.SERVER.toString());
        f.server().failure = new ComsApiException(ApiErrorCode.UNAUTHORIZED, 401, "Email or password is wrong.", null);
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("nope nope");
        vm.signIn();
        assertThat(vm.errorProperty().get()).isEqualTo("Email or password is wrong.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(f.services.session()).isEmpty();
    }

    @Test
    void registerAsksForAnAdequatePassword() {
        vm.displayNameProperty().set("Ada");
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("short");
        vm.confirmPasswordProperty().set("short");
        vm.register();
        assertThat(vm.errorProperty().get()).contains("at least 8 characters");
    }

    @Test
    void aWrongPasswordPointsAtThePasswordNeverAtTheServer() {
        vm.serverProperty().set(Fixture.SERVER.toString());
        f.server().failure =
                new ComsApiException(ApiErrorCode.UNAUTHORIZED, 401, "The email or password is wrong.", null);
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("nope nope");
        vm.signIn();
        assertThat(vm.focusProperty().get()).isEqualTo(FirstRunViewModel.Field.PASSWORD);
        assertThat(vm.passwordProperty().get()).as("cleared for the next try").isEmpty();
        assertThat(vm.advancedProperty().get())
                .as("the server address stays tucked away")
                .isFalse();
    }

    @Test
    void aLockoutSaysTheServersTimeAndPointsAtThePassword() {
        vm.serverProperty().set(Fixture.SERVER.toString());
        f.server().failure = new ComsApiException(
                ApiErrorCode.RATE_LIMITED,
                429,
                "Too many attempts. Try again in 15 minutes.",
                Fixture.NOW.plusSeconds(900));
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("guess guess");
        vm.signIn();
        assertThat(vm.errorProperty().get()).isEqualTo("Too many attempts. Try again in 15 minutes.");
        assertThat(vm.focusProperty().get()).isEqualTo(FirstRunViewModel.Field.PASSWORD);
    }

    @Test
    void aTakenEmailPointsAtTheEmail() {
        vm.serverProperty().set(Fixture.SERVER.toString());
        f.server().failure = new ComsApiException(ApiErrorCode.EMAIL_TAKEN, 409, "This email has an account.", null);
        vm.formProperty().set(FirstRunViewModel.Form.REGISTER);
        vm.displayNameProperty().set("Ada");
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("correct horse");
        vm.confirmPasswordProperty().set("correct horse");
        vm.register();
        assertThat(vm.errorProperty().get()).isEqualTo("This email has an account.");
        assertThat(vm.focusProperty().get()).isEqualTo(FirstRunViewModel.Field.EMAIL);
    }

    @Test
    void registerWantsTheSamePasswordTwiceAndNotTheEmail() {
        vm.formProperty().set(FirstRunViewModel.Form.REGISTER);
        vm.displayNameProperty().set("Ada");
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("ada@example.org");
        vm.register();
        assertThat(vm.errorProperty().get()).isEqualTo("Choose a password that is not your email or name.");
        vm.passwordProperty().set("correct horse");
        vm.confirmPasswordProperty().set("correct hose");
        vm.register();
        assertThat(vm.errorProperty().get()).isEqualTo("The two passwords do not match.");
        assertThat(vm.focusProperty().get()).isEqualTo(FirstRunViewModel.Field.CONFIRM);
        assertThat(f.server().sent).as("nothing sent").isEmpty();
    }

    @Test
    void switchingFormsClearsTheError() {
        vm.signIn();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        vm.formProperty().set(FirstRunViewModel.Form.GUEST);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void theEmailIsOfferedAgainAfterSigningOut() {
        vm.serverProperty().set(Fixture.SERVER.toString());
        f.server().session = new SessionView(
                "tok-9", Instant.parse("2030-04-01T00:00:00Z"), new AccountView("a1", "ada@example.org", "Ada"));
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("correct horse");
        vm.signIn();
        f.services.signOut();

        assertThat(new FirstRunViewModel(f.newServices(), f.navigator)
                        .emailProperty()
                        .get())
                .isEqualTo("ada@example.org");
    }

    @Test
    void anUnreachableServerOpensAdvancedAndPointsThere() {
        f.server().failure = ComsApiException.unreachable();
        vm.serverProperty().set(Fixture.SERVER.toString());
        vm.emailProperty().set("ada@example.org");
        vm.passwordProperty().set("correct horse");
        vm.signIn();
        assertThat(vm.advancedProperty().get()).isTrue();
        assertThat(vm.focusProperty().get()).isEqualTo(FirstRunViewModel.Field.SERVER);
    }

    @Test
    void anInvitationShowsTheMeetingFirstWithJoinAsGuestChosen() {
        var link = new dev.coms.protocol.InviteLink(Fixture.SERVER, "abcd1234", "ABCD-EFGH");
        f.server()
                .meetings
                .put(
                        "abcd1234",
                        Fixture.meeting(
                                "abcd1234",
                                dev.coms.protocol.rest.MeetingMode.PRIVATE,
                                dev.coms.protocol.rest.MeetingState.SCHEDULED,
                                Fixture.NOW.plusSeconds(300)));
        var invited = new FirstRunViewModel(f.services, f.navigator, link, java.time.ZoneId.of("Europe/Berlin"));

        assertThat(invited.formProperty().get()).isEqualTo(FirstRunViewModel.Form.GUEST);
        assertThat(invited.serverProperty().get()).as("the link's server").isEqualTo(Fixture.SERVER.toString());
        InvitationPreview card = invited.invitation().orElseThrow();
        assertThat(card.meetingProperty().get().title()).isEqualTo("Weekly sync");
        assertThat(card.whenProperty().get()).isEqualTo("Starts Fri 1 Mar 2030, 10:05 CET");
        assertThat(card.countdownProperty().get()).isEqualTo("Starts in 00:05:00");
        f.clock.advance(java.time.Duration.ofSeconds(1));
        f.ticker.tick();
        assertThat(card.countdownProperty().get()).isEqualTo("Starts in 00:04:59");
        card.close();
        assertThat(f.ticker.running()).isZero();

        invited.displayNameProperty().set("Gus");
        invited.continueAsGuest();
        assertThat(f.navigator.page)
                .as("the Navigator then opens the pending link")
                .isEqualTo("home");
    }

    @Test
    void nonsenseServerAddressIsRefused() {
        vm.serverProperty().set("ftp://nowhere");
        vm.displayNameProperty().set("Grace");
        vm.continueAsGuest();
        assertThat(vm.errorProperty().get()).startsWith("Enter the server address");
    }

    @Test
    void anExpiredSessionSendsTheHostBackToSignInWithAReason() {
        f.asHost("Ada");
        f.server().tokenRejected.run();

        assertThat(f.services.session()).isEmpty();
        assertThat(f.newServices().session()).as("forgotten on disk too").isEmpty();
        assertThat(new FirstRunViewModel(f.services, f.navigator)
                        .errorProperty()
                        .get())
                .isEqualTo("Your session has expired. Please sign in again.");
    }
}
