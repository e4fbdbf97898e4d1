package dev.coms.client.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.testing.Fixture;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final Fixture f = new Fixture().asHost("Ada");
    private final SettingsViewModel vm = new SettingsViewModel(f.services, f.navigator);

    @Test
    void soundChoicesAreSavedAtOnceAndSurviveARestart() {
        vm.chatSoundProperty().set(false);
        vm.remindersProperty().set(false);
        var restarted = f.newServices().preferences();
        assertThat(restarted.chatSound()).isFalse();
        assertThat(restarted.reminders()).isFalse();
        assertThat(restarted.joinLeaveSound()).isTrue();
    }

    @Test
    void withoutDevicesTheListsAreEmptyInsteadOfFailing() {
        vm.loadDevices();
        assertThat(vm.camerasProperty()).isEmpty();
        assertThat(vm.microphonesProperty()).isEmpty();
    }

    @Test
    void anotherServerMeansSigningInAgain() {
        assertThat(vm.server()).isEqualTo("https://coms.example.org");
        vm.changeServer();
        assertThat(f.services.session()).isEmpty();
        assertThat(f.server().sent).as("the token is revoked on the server").contains("signOut");
        assertThat(f.navigator.page).isEqualTo("firstRun");
    }
}
