package dev.coms.benchmarks.client;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.app.calls.EngineCallPort;
import dev.coms.client.app.calls.EngineDevicesPort;
import dev.coms.client.call.runtime.CallRuntime;
import dev.coms.client.call.runtime.MediaSources;
import dev.coms.client.signaling.MeetingsApi;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.session.LocalStore;
import dev.coms.client.ui.shell.FxDesktop;
import dev.coms.client.ui.shell.Shell;
import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.JoinRequest;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real client window for {@link ClientMemory}: the app's Shell, room view and call engine as {@code ComsApp}
 * builds them, with synthetic camera and tone instead of devices (the machine has none), entering one meeting as a
 * guest as soon as it shows. Runs in a process of its own so that its resident memory is the window's alone.
 *
 * <p>Arguments: {@code <server url> <meeting id>}.
 */
public final class WindowClient extends Application {

    private final CallRuntime engine = CallRuntime.synthetic();

    /** The process's entry point (a class that is not the Application, so JavaFX may come from the class path). */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            Application.launch(WindowClient.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        URI server = URI.create(args.get(0));
        String meetingId = args.get(1);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LocalStore store = new LocalStore(Files.createTempDirectory("coms-window-"));
        AppServices services = new AppServices(
                UiExecutor.fx(),
                store,
                MeetingsApi::new,
                new FxDesktop(getHostServices()),
                () -> new EngineCallPort(engine, MediaSources.synthetic(640, 360, 15)),
                new EngineDevicesPort(engine));
        Shell shell = new Shell(services, ZoneId.systemDefault(), Clock.systemUTC());
        Scene scene = new Scene(shell.root(), 1200, 780);
        scene.getStylesheets()
                .add(Objects.requireNonNull(Shell.class.getResource("/dev/coms/client/ui/coms.css"))
                        .toExternalForm());
        stage.setTitle("Coms");
        stage.setScene(scene);
        shell.start();
        stage.show();
        Thread.ofVirtual().start(() -> {
            MeetingsApi api = new MeetingsApi(server);
            var meeting = api.meeting(meetingId);
            var ticket = api.join(meetingId, new JoinRequest(null, new GuestIdentity("Window", "device-window")));
            Platform.runLater(() -> shell.room(new RoomEntry(server, meeting, ticket, false, "Window")));
            System.out.println("window: entering " + meetingId);
        });
    }

    @Override
    public void stop() {
        engine.close();
    }
}
