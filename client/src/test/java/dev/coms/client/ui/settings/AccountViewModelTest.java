package dev.coms.client.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.ui.testing.Fixture;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.ChangePasswordRequest;
import org.junit.jupiter.api.Test;

class AccountViewModelTest {

    private final Fixture f = new Fixture().asHost("Ada");
    private final AccountViewModel vm = new AccountViewModel(f.services, f.navigator);

    private void fill(String current, String fresh, String repeat) {
        vm.currentPasswordProperty().set(current);
        vm.newPasswordProperty().set(fresh);
        vm.repeatPasswordProperty().set(repeat);
    }

    @Test
    void changesThePasswordAndSaysTheOtherDevicesAreSignedOut() {
        fill("old secret 1", "tulip orbit 42", "tulip orbit 42");
        vm.changePassword();
        assertThat(f.server().sent.getLast()).isEqualTo(new ChangePasswordRequest("old secret 1", "tulip orbit 42"));
        assertThat(vm.messageProperty().get())
                .isEqualTo("Your password is changed. Coms signed out your other devices.");
        assertThat(vm.newPasswordProperty().get()).isEmpty();
        assertThat(f.services.session()).as("this device stays signed in").isPresent();
    }

    @Test
    void checksWhatItCanBeforeAsking() {
        fill("old secret 1", "tulip orbit 42", "tulip orbit 43");
        vm.changePassword();
        assertThat(vm.errorProperty().get()).isEqualTo("The two new passwords do not match.");
        fill("old secret 1", "host@example.org", "host@example.org");
        vm.changePassword();
        assertThat(vm.errorProperty().get()).isEqualTo("Choose a password that is not your email or name.");
        assertThat(f.server().sent).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordShowsTheServersSentence() {
        f.server().failure =
                new ComsApiException(ApiErrorCode.VALIDATION_FAILED, 400, "The current password is wrong.", null);
        fill("nope nope", "tulip orbit 42", "tulip orbit 42");
        vm.changePassword();
        assertThat(vm.errorProperty().get()).isEqualTo("The current password is wrong.");
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void signOutEverywhereForgetsTheSessionAndShowsSignIn() {
        vm.signOutEverywhere();
        assertThat(f.server().sent).containsExactly("signOutEverywhere");
        assertThat(f.services.session()).isEmpty();
        assertThat(f.newServices().session()).as("forgotten on disk").isEmpty();
        assertThat(f.navigator.page).isEqualTo("firstRun");
    }

    @Test
    void guestsHaveNoAccountToManage() {
        Fixture guest = new Fixture().asGuest("Gus");
        assertThat(new AccountViewModel(guest.services, guest.navigator).shown())
                .isFalse();
        assertThat(vm.shown()).isTrue();
    }
}
