package dev.coms.client.app;

import java.awt.Desktop;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. A plain class (not an {@link Application}) so that JavaFX can run from the class path.
 * Usage: {@code coms [--server URL] [coms://... or https://.../m/... invitation link]}.
 *
 * <p>Before the window opens it: logs to the user's state directory; points {@code java.io.tmpdir} at a private cache
 * directory (native libraries are unpacked there, and a shared {@code /tmp} may forbid executing them); hands the
 * arguments to an already running Coms and exits if there is one; on macOS registers for link-open events.
 */
public final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {}

    public static void main(String[] args) {
        AppDirs dirs = AppDirs.current();
        ClientLogging.toFile(dirs.logFile());
        useNativeLibraryDirectory(dirs);
        List<String> arguments = List.copyOf(Arrays.asList(args));
        InviteInbox inbox = InviteInbox.shared();
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(dirs.instanceSocket(), arguments, inbox::relaunched);
        } catch (IOException e) {
            log.warn("Cannot check for a running Coms ({}); starting anyway", e.toString());
            startWindow(args, inbox, arguments);
            return;
        }
        if (instance.isEmpty()) {
            log.info("Coms is already running; it opens the link");
            System.exit(0);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(instance.get()::close, "coms-single-instance-close"));
        startWindow(args, inbox, arguments);
    }

    private static void startWindow(String[] args, InviteInbox inbox, List<String> arguments) {
        registerOpenUriHandler(inbox);
        inbox.receive(arguments);
        Application.launch(ComsApp.class, args);
        // The window is closed and the call engine released: end now, rather than when idle HTTP threads time out
        // (a minute in which a new launch would hand its link to this windowless process).
        System.exit(0);
    }

    private static void useNativeLibraryDirectory(AppDirs dirs) {
        if (System.getenv("COMS_KEEP_TMPDIR") != null) {
            return;
        }
        try {
            AppDirs.createPrivateDirectory(dirs.nativeLibraries());
            System.setProperty("java.io.tmpdir", dirs.nativeLibraries().toString());
        } catch (IOException e) {
            log.warn(
                    "Cannot create {}; native libraries unpack to {}",
                    dirs.nativeLibraries(),
                    System.getProperty("java.io.tmpdir"),
                    e);
        }
    }

    /** macOS delivers clicked {@code coms://} links as events, not arguments; they must be caught before launch. */
    private static void registerOpenUriHandler(InviteInbox inbox) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_URI)) {
                Desktop.getDesktop()
                        .setOpenURIHandler(
                                event -> inbox.receive(List.of(event.getURI().toString())));
            }
        } catch (RuntimeException e) {
            log.warn("Cannot receive links from the system: {}", e.toString());
        }
    }
}
