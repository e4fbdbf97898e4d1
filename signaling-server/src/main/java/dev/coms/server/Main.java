package dev.coms.server;

import dev.coms.server.config.ServerSettings;
import dev.coms.server.rooms.RoomSettings;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

/** Starts the Coms signaling server: loads configuration, opens the database, serves HTTP and WebSocket. */
public final class Main {

    private static final System.Logger log = System.getLogger(Main.class.getName());

    private Main() {}

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = Config.create();
        ServerSettings settings;
        RoomSettings rooms;
        try {
            settings = ServerSettings.from(config);
            rooms = RoomSettings.from(config);
        } catch (RuntimeException e) {
            // One line an operator can act on, no stack trace: e.g. a malformed URL or duration.
            log.log(Level.ERROR, "Invalid settings: " + e.getMessage());
            System.exit(1);
            return;
        }
        ComsServer coms;
        try {
            coms = ComsServer.create(settings, rooms, Clock.systemUTC());
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Cannot open the database " + settings.db() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        // Own shutdown hook: room sockets close with 1001 (going away) before the server stops, not 1006.
        WebServerConfig.Builder builder =
                WebServer.builder().config(config.get("server")).shutdownHook(false);
        coms.setup(builder);
        WebServer server = builder.build().start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            coms.rooms().shutdown(Duration.ofSeconds(2));
                            server.stop();
                            coms.close();
                        },
                        "coms-shutdown"));
        log.log(
                Level.INFO,
                "Coms signaling server listening on port {0}, database {1}",
                Integer.toString(server.port()),
                settings.db().url());
    }
}
