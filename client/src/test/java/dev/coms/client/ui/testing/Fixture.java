package dev.coms.client.ui.testing;

import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a ViewModel test needs: synchronous UI executor, a manual ticker, a test clock, fake servers per
 * address, a recording desktop and navigator, and a real {@link LocalStore} in a temporary folder.
 */
public final class Fixture {

    public static final URI SERVER = URI.create("https://coms.example.org");
    public static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");

    public final MutableClock clock = new MutableClock(NOW);
    public final ManualTicker ticker = new ManualTicker();
    public final UiExecutor ui;
    public final RecordingDesktop desktop = new RecordingDesktop();
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final Map<URI, FakeMeetings> servers = new HashMap<>();
    public final Path dir;
    public final AppServices services;

    /** Everything on the test thread. */
    public Fixture() {
        this(Runnable::run);
    }

    /** UI work posted to {@code uiThread} (e.g. {@code Platform::runLater} in TestFX tests). */
    public Fixture(java.util.concurrent.Executor uiThread) {
        ui = new UiExecutor(uiThread, Runnable::run, ticker);
        try {
            dir = Files.createTempDirectory("coms-ui");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        services = newServices();
    }

    /** A fresh AppServices over the same folder (as after restarting the app). */
    public AppServices newServices() {
        return new AppServices(
                ui,
                new LocalStore(dir),
                uri -> servers.computeIfAbsent(uri, u -> new FakeMeetings(u, clock)),
                desktop,
                OfflineCall::new,
                new NoDevices());
    }

    public FakeMeetings server() {
        return (FakeMeetings) services.apiFor(SERVER);
    }

    public Fixture asGuest(String name) {
        services.startSession(UserSession.guest(SERVER, name));
        return this;
    }

    public Fixture asHost(String name) {
        services.startSession(new UserSession(SERVER, name, "tok-1", NOW.plusSeconds(86_400), "host@example.org"));
        return this;
    }

    public static MeetingView meeting(String id, MeetingMode mode, MeetingState state, Instant start) {
        return new MeetingView(
                id,
                mode,
                "Weekly sync",
                "Roadmap and hiring",
                "Ada Host",
                start,
                "Europe/Berlin",
                state,
                0,
                SERVER + "/m/" + id,
                "coms://meeting/" + id);
    }
}
