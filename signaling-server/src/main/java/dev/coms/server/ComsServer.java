package dev.coms.server;

import dev.coms.server.config.ServerSettings;
import dev.coms.server.http.JsonIo;
import dev.coms.server.http.TimeService;
import dev.coms.server.invites.TicketRegistry;
import dev.coms.server.links.MeetingPageService;
import dev.coms.server.store.Database;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;

/**
 * Wires the server's parts (database, services, live rooms) and installs their routes. {@link Main} and the tests
 * build servers the same way through {@link #setup(WebServerConfig.Builder)}.
 */
public final class ComsServer implements AutoCloseable {

    private final ServerSettings settings;
    private final Clock clock;
    private final Database database;
    private final JsonIo json = new JsonIo();
    private final TicketRegistry tickets;

    private ComsServer(ServerSettings settings, Clock clock, Database database) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.tickets = new TicketRegistry(clock);
    }

    /** Opens (and migrates) the database and builds every service. */
    public static ComsServer create(ServerSettings settings, Clock clock) {
        return new ComsServer(settings, clock, Database.open(settings.db()));
    }

    /** Adds this server's HTTP and WebSocket routes to a web server under construction. */
    public void setup(WebServerConfig.Builder server) {
        server.routing(this::routing);
    }

    private void routing(HttpRouting.Builder routing) {
        json.registerErrorHandlers(routing);
        TimeService time = new TimeService(clock, json);
        time.registerFilter(routing);
        routing.register("/api/time", time);
        routing.register(new MeetingPageService(settings.publicUrl(), settings.downloadsUrl()));
    }

    public ServerSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public TicketRegistry tickets() {
        return tickets;
    }

    @Override
    public void close() {
        database.close();
    }
}
