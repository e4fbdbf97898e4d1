package dev.coms.client.ui.signin;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.PasswordRule;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run and sign-in: sign in, register as a host, or continue as a guest with a display name; the server
 * address sits under "Advanced" with its default. After a problem the page asks the View to focus the field that
 * needs correcting ({@link #focusProperty()}), never the server address unless that is what is wrong.
 */
public final class FirstRunViewModel {

    static final int MAX_NAME = 40;
    /** Shown under the password before anyone fails it (the server's rule, see docs/protocol.md). */
    public static final String PASSWORD_RULE = PasswordRule.TEXT;

    /** The three forms of the page. */
    public enum Form {
        SIGN_IN,
        REGISTER,
        GUEST
    }

    /** The fields the page can point the user at. */
    public enum Field {
        SERVER,
        EMAIL,
        NAME,
        PASSWORD,
        CONFIRM
    }

    private final AppServices services;
    private final Navigator navigator;
    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.SIGN_IN);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper advanced = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Field> focus = new ReadOnlyObjectWrapper<>();
    private final PasswordResetViewModel reset;
    private final InvitationPreview invitation;

    public FirstRunViewModel(AppServices services, Navigator navigator) {
        this(services, navigator, null, ZoneId.systemDefault());
    }

    /**
     * The page for someone who opened an invitation link before using Coms: the meeting's card first and "Join as
     * guest" chosen, with the link's server. After signing in or continuing as a guest the Navigator shows the
     * meeting (it keeps the pending link).
     */
    public FirstRunViewModel(AppServices services, Navigator navigator, InviteLink invite, ZoneId zone) {
        this.services = services;
        this.navigator = navigator;
        server.set(services.preferences().lastServer().toString());
        error.set(services.noticeProperty().get());
        String remembered = services.preferences().lastEmail();
        email.set(remembered == null ? "" : remembered);
        services.session().ifPresent(s -> {
            displayName.set(s.displayName());
            if (s.email() != null) {
                email.set(s.email());
            }
        });
        reset = new PasswordResetViewModel(services, navigator, this::currentServer, email);
        invitation = invite == null ? null : new InvitationPreview(services, invite, zone);
        if (invite != null) {
            server.set(invite.server().toString());
            form.set(Form.GUEST);
            invitation.load();
        }
        form.addListener((o, old, now) -> {
            error.set("");
            password.set("");
            confirm.set("");
        });
    }

    /** The meeting this page was opened for, or empty when it was opened without an invitation. */
    public Optional<InvitationPreview> invitation() {
        return Optional.ofNullable(invitation);
    }

    /** The "Forgot password" steps of this page. */
    public PasswordResetViewModel passwordReset() {
        return reset;
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

    public StringProperty confirmPasswordProperty() {
        return confirm;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** Which form shows; switching clears the error and the passwords. */
    public ObjectProperty<Form> formProperty() {
        return form;
    }

    /** The last problem, one sentence; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the server address is wrong, so the View opens "Advanced". */
    public ReadOnlyBooleanProperty advancedProperty() {
        return advanced.getReadOnlyProperty();
    }

    /** The field the user should correct next; changes (through null) on every problem. */
    public ReadOnlyObjectProperty<Field> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** The server address the page would use now, if it is a valid one (no error shown). */
    public Optional<URI> currentServer() {
        return parse(server.get());
    }

    public void signIn() {
        Optional<URI> address = serverAddress();
        if (address.isEmpty()) {
            return;
        }
        if (email.get().isBlank()) {
            problem("Enter your email and password.", Field.EMAIL);
            return;
        }
        if (password.get().isEmpty()) {
            problem("Enter your email and password.", Field.PASSWORD);
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
        if (email.get().isBlank()) {
            problem("Enter your email.", Field.EMAIL);
            return;
        }
        Optional<String> weak = PasswordRule.weakness(
                password.get(), email.get().trim(), displayName.get().trim());
        if (weak.isPresent()) {
            problem(weak.get(), Field.PASSWORD);
            return;
        }
        if (!password.get().equals(confirm.get())) {
            problem("The two passwords do not match.", Field.CONFIRM);
            return;
        }
        MeetingsPort api = services.apiFor(address.get());
        RegisterRequest request =
                new RegisterRequest(email.get().trim(), displayName.get().trim(), password.get());
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

    private void submit(URI address, Supplier<SessionView> call) {
        error.set("");
        busy.set(true);
        services.ui()
                .run(
                        call,
                        view -> {
                            busy.set(false);
                            password.set("");
                            confirm.set("");
                            services.startSession(new UserSession(
                                    address,
                                    view.account().displayName(),
                                    view.token(),
                                    view.expiresAt(),
                                    view.account().email()));
                            navigator.home();
                        },
                        this::failed);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        if (e.isUnreachable()) {
            advanced.set(true);
            problem(e.getMessage(), Field.SERVER);
            return;
        }
        if (e.code() == ApiErrorCode.EMAIL_TAKEN) {
            problem(e.getMessage(), Field.EMAIL);
            return;
        }
        password.set("");
        confirm.set("");
        problem(e.getMessage(), Field.PASSWORD);
    }

    private void problem(String sentence, Field field) {
        error.set(sentence);
        focus.set(null);
        focus.set(field);
    }

    private boolean validName() {
        String name = displayName.get() == null ? "" : displayName.get().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problem("Enter a display name of 1 to " + MAX_NAME + " characters.", Field.NAME);
            return false;
        }
        return true;
    }

    private Optional<URI> serverAddress() {
        Optional<URI> uri = parse(server.get());
        if (uri.isEmpty()) {
            advanced.set(true);
            problem("Enter the server address, for example https://coms.example.org.", Field.SERVER);
        }
        return uri;
    }

    private static Optional<URI> parse(String value) {
        String text = value == null ? "" : value.trim();
        try {
            URI uri = URI.create(text.contains("://") ? text : "https://" + text);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.of(URI.create(uri.toString().replaceAll("/+$", "")));
            }
        } catch (IllegalArgumentException e) {
            // not an address
        }
        return Optional.empty();
    }
}
