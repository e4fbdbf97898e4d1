package dev.coms.client.ui.signin;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.PasswordRule;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.rest.PasswordReset;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Forgot password" on the sign-in page, offered only when the server says it can mail reset codes: the email,
 * then "we sent a code", then the code and a new password, then signed in.
 */
public final class PasswordResetViewModel {

    /** Where the reset stands. */
    public enum Step {
        CLOSED,
        EMAIL,
        CODE
    }

    private final AppServices services;
    private final Navigator navigator;
    private final Supplier<Optional<URI>> server;
    private final StringProperty email;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CLOSED);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param server the address the sign-in page would use now
     * @param email the sign-in page's email, shared so the user types it once
     */
    public PasswordResetViewModel(
            AppServices services, Navigator navigator, Supplier<Optional<URI>> server, StringProperty email) {
        this.services = services;
        this.navigator = navigator;
        this.server = server;
        this.email = email;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True when the server can mail reset codes (asked with {@link #checkServer()}). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What happened, e.g. "We sent a code to …"; empty when there is nothing to say. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Asks the current server whether it can reset passwords; offline or unknown servers offer no reset. */
    public void checkServer() {
        Optional<URI> address = server.get();
        if (address.isEmpty()) {
            available.set(false);
            return;
        }
        MeetingsPort api = services.apiFor(address.get());
        services.ui()
                .run(api::capabilities, caps -> available.set(caps.passwordReset()), failed -> available.set(false));
    }

    public void open() {
        error.set("");
        info.set("");
        step.set(Step.EMAIL);
    }

    public void close() {
        error.set("");
        info.set("");
        code.set("");
        newPassword.set("");
        step.set(Step.CLOSED);
    }

    public void sendCode() {
        Optional<URI> address = server.get();
        String to = email.get() == null ? "" : email.get().trim();
        if (address.isEmpty() || to.isEmpty()) {
            error.set("Enter the email of your account.");
            return;
        }
        MeetingsPort api = services.apiFor(address.get());
        start(
                () -> {
                    api.requestPasswordReset(new PasswordReset.Request(to));
                    return null;
                },
                ignored -> {
                    info.set("If " + to + " has an account, we sent it a code. It works for 30 minutes.");
                    step.set(Step.CODE);
                });
    }

    public void confirm() {
        Optional<URI> address = server.get();
        if (address.isEmpty() || code.get().isBlank()) {
            error.set("Enter the code from the email.");
            return;
        }
        Optional<String> weak =
                PasswordRule.weakness(newPassword.get(), email.get().trim(), "");
        if (weak.isPresent()) {
            error.set(weak.get());
            return;
        }
        MeetingsPort api = services.apiFor(address.get());
        PasswordReset.Confirm request =
                new PasswordReset.Confirm(email.get().trim(), code.get().trim(), newPassword.get());
        start(() -> api.confirmPasswordReset(request), view -> {
            close();
            services.startSession(new UserSession(
                    address.get(),
                    view.account().displayName(),
                    view.token(),
                    view.expiresAt(),
                    view.account().email()));
            navigator.home();
        });
    }

    private <T> void start(Supplier<T> work, java.util.function.Consumer<T> done) {
        error.set("");
        busy.set(true);
        services.ui()
                .run(
                        work,
                        result -> {
                            busy.set(false);
                            done.accept(result);
                        },
                        this::failed);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        error.set(e.getMessage());
    }
}
