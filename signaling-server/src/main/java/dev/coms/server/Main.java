package dev.coms.server;

import dev.coms.server.config.ServerSettings;
import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.lang.System.Logger.Level;
import java.time.Clock;

/** Starts the Coms signaling server: loads configuration, opens the database, serves HTTP and WebSocket. */
public final class Main {

    private static final System.Logger LOG = System.getLogger(Main.class.getName());

    private Main() {}

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = Config.create();
        ServerSettings settings = ServerSettings.from(config);
        ComsServer coms;
        try {
            coms = ComsServer.create(settings, Clock.systemUTC());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Cannot open the database " + settings.db() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        WebServerConfig.Builder builder = WebServer.builder().config(config.get("server"));
        coms.setup(builder);
        WebServer server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(coms::close, "coms-db-close"));
        LOG.log(Level.INFO, "Coms signaling server listening on port {0}, database {1}",
                Integer.toString(server.port()), settings.db().url());
    }
}
