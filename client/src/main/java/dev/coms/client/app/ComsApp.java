package dev.coms.client.app;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.app.calls.EngineCallPort;
import dev.coms.client.app.calls.EngineDevicesPort;
import dev.coms.client.call.runtime.CallRuntime;
import dev.coms.client.call.runtime.MediaSources;
import dev.coms.client.signaling.MeetingsApi;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.shell.FxDesktop;
import dev.coms.client.ui.shell.Shell;
import dev.coms.protocol.InviteLink;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Coms desktop application window. Invitation links from the command line, the OS link handler or a second
 * launch arrive through {@link InviteInbox} and open the meeting's home page in this window.
 */
public final class ComsApp extends Application {

    /** The call engine; it starts on a thread of its own once the window shows, never on the FX thread. */
    private final CallRuntime engine = CallRuntime.withDevices(Duration.ofSeconds(3));

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LocalStore store = new LocalStore(AppDirs.current().config());
        MediaSources devices = MediaSources.devices(
                () -> store.loadPreferences().camera(),
                () -> store.loadPreferences().microphone(),
                () -> store.loadPreferences().speaker());
        AppServices services = new AppServices(
                UiExecutor.fx(),
                store,
                MeetingsApi::new,
                new FxDesktop(getHostServices()),
                () -> new EngineCallPort(engine, devices),
                new EngineDevicesPort(engine));
        serverFrom(getParameters().getRaw()).ifPresent(server -> {
            if (services.session().isEmpty()) {
                services.updatePreferences(p -> p.withServer(server));
            }
        });
        Shell created = new Shell(services, ZoneId.systemDefault(), Clock.systemUTC());
        Scene scene = new Scene(created.root(), 1200, 780);
        scene.getStylesheets()
                .add(Objects.requireNonNull(ComsApp.class.getResource("/dev/coms/client/ui/coms.css"))
                        .toExternalForm());
        stage.setTitle("Coms");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!created.confirmClose(stage)) {
                e.consume();
            }
        });
        created.start();
        stage.show();
        engine.ready(); // warms up in the background (probing devices takes seconds), so joining is quick
        // Links from the command line, a later launch or the OS reach the running window through the inbox.
        InviteInbox.shared()
                .attach(
                        new LinkHandler() {
                            @Override
                            public void openInvite(InviteLink link) {
                                created.invite(link);
                                bringToFront();
                            }

                            @Override
                            public void bringToFront() {
                                stage.setIconified(false);
                                stage.toFront();
                            }
                        },
                        Platform::runLater);
    }

    /** The window is gone and any meeting left: release the call engine, whose native threads keep the JVM alive. */
    @Override
    public void stop() {
        engine.close();
    }

    static java.util.Optional<URI> serverFrom(List<String> args) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--server")) {
                return java.util.Optional.of(URI.create(args.get(i + 1)));
            }
        }
        String env = System.getenv("COMS_SERVER");
        return env != null && !env.isBlank() ? java.util.Optional.of(URI.create(env)) : java.util.Optional.empty();
    }
}
