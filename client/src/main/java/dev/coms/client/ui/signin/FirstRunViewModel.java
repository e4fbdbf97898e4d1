package dev.coms.client.ui.signin;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import java.net.URI;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run and sign-in: choose the server, then sign in, register as a host, or continue as a guest with a
 * display name. Form fields are writable properties the View binds to; everything else is read-only.
 */
public final class FirstRunViewModel {

    static final int MAX_NAME = 40;

    private final AppServices services;
    private final Navigator navigator;
    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public FirstRunViewModel(AppServices services, Navigator navigator) {
        this.services = services;
        this.navigator = navigator;
        server.set(services.preferences().lastServer().toString());
        error.set(services.noticeProperty().get());
        services.session().ifPresent(s -> {
            displayName.set(s.displayName());
            email.set(s.email() == null ? "" : s.email());
        });
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** The last problem, one sentence; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void signIn() {
        Optional<URI> address = serverAddress();
        if (address.isEmpty()) {
            return;
        }
        if (email.get().isBlank() || password.get().isEmpty()) {
            error.set("Enter your email and password.");
            return;
        }
        MeetingsPort api = services.apiFor(address.get());
        SignInRequest request = new SignInRequest(email.get().trim(), password.get());
        submit(address.get(), () -> api.signIn(request));
    }

    public void register() {
        Optional<URI> address = serverAddress();
        if (address.isEmpty() || !validName()) {
            return;
        }
        if (email.get().isBlank() || password.get().length() < 8) {
            error.set("Enter your email and a password of at least 8 characters.");
            return;
        }
        MeetingsPort api = services.apiFor(address.get());
        RegisterRequest request = new RegisterRequest(email.get().trim(), displayName.get().trim(), password.get());
        submit(address.get(), () -> api.register(request));
    }

    /** Continues without an account; the name is what others see in meetings. */
    public void continueAsGuest() {
        Optional<URI> address = serverAddress();
        if (address.isEmpty() || !validName()) {
            return;
        }
        error.set("");
        services.startSession(UserSession.guest(address.get(), displayName.get().trim()));
        navigator.home();
    }

    private void submit(URI address, java.util.function.Supplier<SessionView> call) {
        error.set("");
        busy.set(true);
        services.ui().run(call, view -> {
            busy.set(false);
            password.set("");
            services.startSession(new UserSession(address, view.account().displayName(), view.token(),
                    view.expiresAt(), view.account().email()));
            navigator.home();
        }, this::failed);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        error.set(e.getMessage());
    }

    private boolean validName() {
        String name = displayName.get() == null ? "" : displayName.get().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            error.set("Enter a display name of 1 to " + MAX_NAME + " characters.");
            return false;
        }
        return true;
    }

    private Optional<URI> serverAddress() {
        String text = server.get() == null ? "" : server.get().trim();
        try {
            URI uri = URI.create(text.contains("://") ? text : "https://" + text);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.of(URI.create(uri.toString().replaceAll("/+$", "")));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        error.set("Enter the server address, for example https://coms.example.org.");
        return Optional.empty();
    }
}
