package dev.coms.client.ui;

import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.DesktopPort;
import dev.coms.client.ui.port.DevicesPort;
import dev.coms.client.ui.session.ClientPreferences;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.session.UserSession;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What ViewModels share: the current server and session, preferences, and the ports to the server, desktop, call
 * engine and devices. State changes only on the FX thread (or the test thread with a synchronous
 * {@link UiExecutor}).
 */
public final class AppServices {

    private final UiExecutor ui;
    private final LocalStore store;
    private final Function<URI, MeetingsPort> apiFactory;
    private final DesktopPort desktop;
    private final Supplier<CallPort> calls;
    private final DevicesPort devices;
    private final Map<URI, MeetingsPort> apis = new HashMap<>();
    private final OpenMeetingsList openMeetings;
    private final ReadOnlyObjectWrapper<UserSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ClientPreferences> preferences = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public AppServices(
            UiExecutor ui,
            LocalStore store,
            Function<URI, MeetingsPort> apiFactory,
            DesktopPort desktop,
            Supplier<CallPort> calls,
            DevicesPort devices) {
        this.ui = ui;
        this.store = store;
        this.apiFactory = apiFactory;
        this.desktop = desktop;
        this.calls = calls;
        this.devices = devices;
        this.openMeetings = new OpenMeetingsList(ui);
        this.preferences.set(store.loadPreferences());
        store.loadSession().ifPresent(s -> {
            session.set(s);
            apiFor(s.server()).useToken(s.token());
        });
    }

    public UiExecutor ui() {
        return ui;
    }

    public DesktopPort desktop() {
        return desktop;
    }

    public DevicesPort devices() {
        return devices;
    }

    /** The live list of open meetings on the session's server (follow it with {@link #followServer()}). */
    public OpenMeetingsList openMeetings() {
        return openMeetings;
    }

    /** Points the shared open-meetings list at the current server. */
    public void followServer() {
        openMeetings.follow(api());
    }

    /** A new call engine for one meeting. */
    public CallPort newCall() {
        return calls.get();
    }

    /** The client of the session's server (or the last used server before anyone signed in). */
    public MeetingsPort api() {
        UserSession s = session.get();
        return apiFor(s != null ? s.server() : preferences.get().lastServer());
    }

    /** The client of {@code server}; carries the session's token only when it is the session's server. */
    public MeetingsPort apiFor(URI server) {
        URI key = normalize(server);
        return apis.computeIfAbsent(key, uri -> {
            MeetingsPort api = apiFactory.apply(uri);
            api.onTokenRejected(() -> ui.onUi(() -> expired(uri)));
            return api;
        });
    }

    public ReadOnlyObjectProperty<UserSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<UserSession> session() {
        return Optional.ofNullable(session.get());
    }

    /** Remembers a new session (host or guest) for this OS user and uses its server from now on. */
    public void startSession(UserSession newSession) {
        apiFor(newSession.server()).useToken(newSession.token());
        notice.set("");
        store.saveSession(newSession);
        updatePreferences(p -> newSession.email() == null
                ? p.withServer(newSession.server())
                : p.withServer(newSession.server()).withEmail(newSession.email()));
        session.set(newSession);
    }

    /** Forgets the session on this device and revokes a host's token on the server (in the background). */
    public void signOut() {
        UserSession old = session.get();
        store.clearSession();
        session.set(null);
        if (old != null && old.host()) {
            MeetingsPort api = apiFor(old.server());
            ui.run(
                    () -> {
                        api.signOut();
                        return null;
                    },
                    ignored -> api.useToken(null),
                    failed -> api.useToken(null));
        }
    }

    /** Forgets the session on this device only (its token was already revoked on the server). */
    public void forgetSession() {
        UserSession old = session.get();
        store.clearSession();
        session.set(null);
        if (old != null) {
            apiFor(old.server()).useToken(null);
        }
    }

    /** A one-sentence notice for the sign-in page (e.g. the session expired); empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The server refused the token: forget the session so the user signs in again. */
    private void expired(URI server) {
        UserSession s = session.get();
        if (s != null && s.host() && normalize(s.server()).equals(server)) {
            apiFor(server).useToken(null);
            store.clearSession();
            notice.set("Your session has expired. Please sign in again.");
            session.set(null);
        }
    }

    public ReadOnlyObjectProperty<ClientPreferences> preferencesProperty() {
        return preferences.getReadOnlyProperty();
    }

    public ClientPreferences preferences() {
        return preferences.get();
    }

    public void updatePreferences(UnaryOperator<ClientPreferences> change) {
        ClientPreferences next = change.apply(preferences.get());
        store.savePreferences(next);
        preferences.set(next);
    }

    static URI normalize(URI server) {
        return URI.create(server.toString().replaceAll("/+$", ""));
    }
}
