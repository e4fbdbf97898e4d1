package dev.coms.server;

import dev.coms.server.accounts.AccountStore;
import dev.coms.server.accounts.Accounts;
import dev.coms.server.accounts.AccountsService;
import dev.coms.server.accounts.SessionsService;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.http.JsonIo;
import dev.coms.server.http.TimeService;
import dev.coms.server.invites.Invitations;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.invites.TicketRegistry;
import dev.coms.server.meetings.InvitationsService;
import dev.coms.server.meetings.JoinAuthorizer;
import dev.coms.server.meetings.JoinService;
import dev.coms.server.meetings.MeetingRules;
import dev.coms.server.meetings.MeetingStore;
import dev.coms.server.meetings.MeetingViews;
import dev.coms.server.meetings.Meetings;
import dev.coms.server.meetings.MeetingsService;
import dev.coms.server.meetings.OpenMeetingsFeed;
import dev.coms.server.meetings.PasscodeVault;
import dev.coms.server.rooms.RoomPresence;
import dev.coms.server.store.Database;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wires the server's parts (database, services, live rooms) and installs their routes. {@link Main} and the tests
 * build servers the same way through {@link #setup(WebServerConfig.Builder)}.
 */
public final class ComsServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ComsServer.class.getName());

    private final ServerSettings settings;
    private final Clock clock;
    private final Database database;
    private final JsonIo json = new JsonIo();
    private final TicketRegistry tickets;
    private final Accounts accounts;
    private final Meetings meetings;
    private final JoinAuthorizer joins;
    private final OpenMeetingsFeed openMeetings;
    private final Invitations invitations;
    private final ScheduledExecutorService ticker;

    private ComsServer(ServerSettings settings, Clock clock, Database database, RoomPresence presence) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.tickets = new TicketRegistry(clock);
        this.accounts = new Accounts(new AccountStore(database), settings.accounts(), clock);
        PasscodeVault vault = PasscodeVault.from(settings.meetings());
        var views = new MeetingViews(settings.publicUrl(), clock, settings.meetings().emptyExpiry(), presence, vault);
        this.meetings = new Meetings(new MeetingStore(database), views, vault, presence, clock,
                settings.meetings().emptyExpiry());
        this.joins = new JoinAuthorizer(meetings, tickets, presence, settings.meetings(), clock);
        this.openMeetings = new OpenMeetingsFeed(meetings, json.mapper());
        this.invitations = new Invitations(settings.invites(), json.mapper(), clock);
        meetings.addChangeListener(openMeetings::requestRefresh);
        presence.addChangeListener(openMeetings::requestRefresh);
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("coms-tick")
                .factory());
        long every = settings.meetings().refreshInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Opens (and migrates) the database and builds every service, with no live rooms yet. */
    public static ComsServer create(ServerSettings settings, Clock clock) {
        return create(settings, clock, new NoRoomPresence());
    }

    /** Opens (and migrates) the database and builds every service around the given live rooms. */
    public static ComsServer create(ServerSettings settings, Clock clock, RoomPresence presence) {
        Database database = Database.open(settings.db());
        try {
            return new ComsServer(settings, clock, database, presence);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Adds this server's HTTP and WebSocket routes to a web server under construction. */
    public void setup(WebServerConfig.Builder server) {
        server.routing(this::routing);
        server.addRouting(WsRouting.builder().endpoint("/ws/open-meetings", openMeetings::newListener));
    }

    private void routing(HttpRouting.Builder routing) {
        json.registerErrorHandlers(routing);
        TimeService time = new TimeService(clock, json);
        time.registerFilter(routing);
        routing.register("/api/time", time)
                .register("/api/accounts", new AccountsService(accounts, json))
                .register("/api/sessions", new SessionsService(accounts, json))
                .register("/api/meetings", new MeetingsService(meetings, accounts, json),
                        new JoinService(joins, accounts, json),
                        new InvitationsService(meetings, accounts, invitations, json));
    }

    /** Time-driven changes: meetings going live or expiring are recorded and pushed to the open-meetings list. */
    private void tick() {
        try {
            meetings.endExpired();
            openMeetings.refresh();
            accounts.purgeExpiredSessions();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Periodic meetings refresh failed", e);
        }
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

    /** The rules the live rooms consult (meeting views, bans, end of a meeting). */
    public MeetingRules meetingRules() {
        return meetings;
    }

    /** The open-meetings feed; {@link OpenMeetingsFeed#refresh()} recomputes and pushes the list now. */
    public OpenMeetingsFeed openMeetings() {
        return openMeetings;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        database.close();
    }

    /** Stands in for the live rooms until they are wired in: no one is ever in a room. */
    private static final class NoRoomPresence implements RoomPresence {
        @Override
        public int participantCount(String meetingId) {
            return 0;
        }

        @Override
        public void addChangeListener(Runnable listener) {}

        @Override
        public void closeRoom(String meetingId, String message) {}
    }
}
