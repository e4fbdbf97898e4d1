package dev.coms.client.app;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.signaling.MeetingsApi;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.room.OfflineCall;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.settings.DevicesPort;
import dev.coms.client.ui.shell.FxDesktop;
import dev.coms.client.ui.shell.Shell;
import dev.coms.protocol.InviteLink;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Coms desktop application window. {@link #openInvite(InviteLink)} is the entry point for invitation links from
 * the command line, the OS link handler or a second launch.
 */
public final class ComsApp extends Application {

    private static final Object LOCK = new Object();
    private static Shell shell;
    private static final List<InviteLink> EARLY_INVITES = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LocalStore store = LocalStore.forCurrentUser();
        AppServices services = new AppServices(UiExecutor.fx(), store, MeetingsApi::new,
                new FxDesktop(getHostServices()), OfflineCall::new, DevicesPort.none());
        serverFrom(getParameters().getRaw()).ifPresent(server -> {
            if (services.session().isEmpty()) {
                services.updatePreferences(p -> p.withServer(server));
            }
        });
        Shell created = new Shell(services, ZoneId.systemDefault(), Clock.systemUTC());
        Scene scene = new Scene(created.root(), 1200, 780);
        scene.getStylesheets().add(Objects.requireNonNull(ComsApp.class.getResource("/dev/coms/client/ui/coms.css"))
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
        List<InviteLink> early;
        synchronized (LOCK) {
            shell = created;
            early = List.copyOf(EARLY_INVITES);
            EARLY_INVITES.clear();
        }
        early.forEach(created::invite);
        getParameters().getRaw().stream().map(InviteLink::parse).flatMap(java.util.Optional::stream)
                .findFirst().ifPresent(created::invite);
    }

    @Override
    public void stop() {
        synchronized (LOCK) {
            shell = null;
        }
    }

    /**
     * Shows an invitation (meeting card, countdown, Join) in the running window and brings it forward. Safe from any
     * thread; before the window exists the link is kept and shown once it does.
     */
    public static void openInvite(InviteLink link) {
        synchronized (LOCK) {
            if (shell == null) {
                EARLY_INVITES.add(link);
                return;
            }
        }
        Platform.runLater(() -> {
            Shell current;
            synchronized (LOCK) {
                current = shell;
            }
            if (current != null) {
                current.invite(link);
                javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage).findFirst()
                        .ifPresent(w -> ((Stage) w).toFront());
            }
        });
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
