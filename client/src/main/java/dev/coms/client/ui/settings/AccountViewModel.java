package dev.coms.client.ui.settings;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.PasswordRule;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.rest.ChangePasswordRequest;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings for a signed-in host's account: change the password (the server then signs out every other device)
 * and sign out everywhere. There is no server endpoint for a new display name yet. FX thread.
 */
public final class AccountViewModel {

    private final AppServices services;
    private final Navigator navigator;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty fresh = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public AccountViewModel(AppServices services, Navigator navigator) {
        this.services = services;
        this.navigator = navigator;
    }

    /** Only signed-in hosts have an account to manage. */
    public boolean shown() {
        return services.session().map(UserSession::host).orElse(false);
    }

    /** "ada@example.org", or empty for a guest. */
    public String email() {
        return services.session().map(UserSession::email).orElse("");
    }

    public StringProperty currentPasswordProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return fresh;
    }

    public StringProperty repeatPasswordProperty() {
        return repeat;
    }

    /** What happened, one sentence; empty when nothing did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void changePassword() {
        message.set("");
        Optional<String> problem = check();
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        MeetingsPort api = services.api();
        ChangePasswordRequest request = new ChangePasswordRequest(current.get(), fresh.get());
        start();
        services.ui()
                .run(
                        () -> {
                            api.changePassword(request);
                            return null;
                        },
                        ignored -> {
                            busy.set(false);
                            current.set("");
                            fresh.set("");
                            repeat.set("");
                            message.set("Your password is changed. Coms signed out your other devices.");
                        },
                        this::failed);
    }

    /** Revokes every session of the account, this one too, and returns to the sign-in page. */
    public void signOutEverywhere() {
        MeetingsPort api = services.api();
        start();
        services.ui()
                .run(
                        () -> {
                            api.signOutEverywhere();
                            return null;
                        },
                        ignored -> {
                            busy.set(false);
                            services.forgetSession();
                            navigator.firstRun();
                        },
                        this::failed);
    }

    private Optional<String> check() {
        if (current.get().isEmpty()) {
            return Optional.of("Enter your current password.");
        }
        Optional<String> weak = PasswordRule.weakness(
                fresh.get(),
                email(),
                services.session().map(UserSession::displayName).orElse(""));
        if (weak.isPresent()) {
            return weak;
        }
        if (!fresh.get().equals(repeat.get())) {
            return Optional.of("The two new passwords do not match.");
        }
        return Optional.empty();
    }

    private void start() {
        error.set("");
        busy.set(true);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        error.set(e.getMessage());
    }
}
