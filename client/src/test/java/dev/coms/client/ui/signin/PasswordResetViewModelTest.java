package dev.coms.client.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.ui.signin.PasswordResetViewModel.Step;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.AccountView;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.PasswordReset;
import dev.coms.protocol.rest.ServerCapabilities;
import dev.coms.protocol.rest.SessionView;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordResetViewModelTest {

    private final Fixture f = new Fixture();
    private FirstRunViewModel page;
    private PasswordResetViewModel vm;

    @BeforeEach
    void onTheSignInPage() {
        page = new FirstRunViewModel(f.services, f.navigator);
        page.serverProperty().set(Fixture.SERVER.toString());
        vm = page.passwordReset();
    }

    @Test
    void offeredOnlyWhenTheServerCanMailCodes() {
        f.server().capabilities = new ServerCapabilities(false, true, false);
        vm.checkServer();
        assertThat(vm.availableProperty().get()).isFalse();
        f.server().capabilities = new ServerCapabilities(true, false, true);
        vm.checkServer();
        assertThat(vm.availableProperty().get()).isTrue();
        f.server().failure = ComsApiException.unreachable();
        vm.checkServer();
        assertThat(vm.availableProperty().get())
                .as("an unreachable server offers nothing")
                .isFalse();
    }

    @Test
    void emailThenCodeThenSignedIn() {
        page.emailProperty().set("ada@example.org");
        vm.open();
        assertThat(vm.emailProperty().get()).as("the email typed on the page").isEqualTo("ada@example.org");
        vm.sendCode();
        assertThat(f.server().sent.getLast()).isEqualTo(new PasswordReset.Request("ada@example.org"));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CODE);
        assertThat(vm.infoProperty().get()).contains("we sent it a code");

        f.server().session = new SessionView(
                "tok-2", Instant.parse("2030-04-01T00:00:00Z"), new AccountView("a1", "ada@example.org", "Ada"));
        vm.codeProperty().set(" abcd-efgh-jkmn ");
        vm.newPasswordProperty().set("a brand new secret");
        vm.confirm();
        assertThat(f.server().sent.getLast())
                .isEqualTo(new PasswordReset.Confirm("ada@example.org", "abcd-efgh-jkmn", "a brand new secret"));
        assertThat(f.services.session())
                .hasValueSatisfying(s -> assertThat(s.token()).isEqualTo("tok-2"));
        assertThat(f.navigator.page).isEqualTo("home");
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CLOSED);
    }

    @Test
    void aWrongCodeSaysSoAndStaysOnTheCodeStep() {
        page.emailProperty().set("ada@example.org");
        vm.open();
        vm.sendCode();
        f.server().failure = new ComsApiException(
                ApiErrorCode.VALIDATION_FAILED, 400, "This code is wrong, used up or expired.", null);
        vm.codeProperty().set("AAAA-BBBB-CCCC");
        vm.newPasswordProperty().set("a brand new secret");
        vm.confirm();
        assertThat(vm.errorProperty().get()).isEqualTo("This code is wrong, used up or expired.");
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CODE);
        assertThat(f.services.session()).isEmpty();
    }

    @Test
    void aShortNewPasswordIsRefusedBeforeSending() {
        page.emailProperty().set("ada@example.org");
        vm.open();
        vm.sendCode();
        int sent = f.server().sent.size();
        vm.codeProperty().set("AAAA-BBBB-CCCC");
        vm.newPasswordProperty().set("short");
        vm.confirm();
        assertThat(vm.errorProperty().get()).contains("at least 8 characters");
        assertThat(f.server().sent).hasSize(sent);
    }
}
