package dev.coms.server;

import dev.coms.server.config.ServerSettings;
import dev.coms.server.http.JsonIo;
import dev.coms.server.http.TimeService;
import dev.coms.server.invites.TicketRegistry;
import dev.coms.server.meetings.MeetingRules;
import dev.coms.server.rooms.NoMeetingRules;
import dev.coms.server.rooms.RoomRegistry;
import dev.coms.server.rooms.RoomSettings;
import dev.coms.server.store.Database;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;
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
    private final RoomRegistry rooms;

    private ComsServer(
            ServerSettings settings, RoomSettings roomSettings, Clock clock, Database database, MeetingRules rules) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.tickets = new TicketRegistry(clock);
        this.rooms = new RoomRegistry(roomSettings, clock, tickets, rules);
    }

    /** Opens (and migrates) the database and builds every service. */
    public static ComsServer create(ServerSettings settings, Clock clock) {
        return create(settings, RoomSettings.defaults(), clock, new NoMeetingRules());
    }

    /**
     * Opens (and migrates) the database and builds every service, with the live rooms' settings and the stored
     * meetings' rules they enforce.
     */
    public static ComsServer create(
            ServerSettings settings, RoomSettings roomSettings, Clock clock, MeetingRules rules) {
        return new ComsServer(settings, roomSettings, clock, Database.open(settings.db()), rules);
    }

    /** Adds this server's HTTP and WebSocket routes to a web server under construction. */
    public void setup(WebServerConfig.Builder server) {
        server.routing(this::routing);
        // Replies the server writes itself (e.g. a refused room upgrade) carry their one-line reason as the body.
        server.errorHandling(e -> e.includeEntity(true));
        WsRouting.Builder ws = WsRouting.builder();
        rooms.routing(ws);
        server.addRouting(ws);
    }

    private void routing(HttpRouting.Builder routing) {
        json.registerErrorHandlers(routing);
        TimeService time = new TimeService(clock, json);
        time.registerFilter(routing);
        routing.register("/api/time", time);
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

    public RoomRegistry rooms() {
        return rooms;
    }

    @Override
    public void close() {
        rooms.close();
        database.close();
    }
}
