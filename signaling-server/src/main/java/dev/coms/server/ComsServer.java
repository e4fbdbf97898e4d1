package dev.coms.server;

import dev.coms.server.accounts.AccountStore;
import dev.coms.server.accounts.Accounts;
import dev.coms.server.accounts.AccountsService;
import dev.coms.server.accounts.PasswordResets;
import dev.coms.server.accounts.PasswordResetsService;
import dev.coms.server.accounts.SessionsService;
import dev.coms.server.config.ServerSettings;
import dev.coms.server.http.JsonIo;
import dev.coms.server.http.TimeService;
import dev.coms.server.invites.CapabilitiesService;
import dev.coms.server.invites.EmailSender;
import dev.coms.server.invites.Invitations;
import dev.coms.server.links.MeetingPageService;
import dev.coms.server.links.WebClientService;
import dev.coms.server.meetings.InvitationsService;
import dev.coms.server.meetings.JoinAuthorizer;
import dev.coms.server.meetings.JoinService;
import dev.coms.server.meetings.MeetingStore;
import dev.coms.server.meetings.MeetingViews;
import dev.coms.server.meetings.Meetings;
import dev.coms.server.meetings.MeetingsService;
import dev.coms.server.meetings.OpenMeetingsFeed;
import dev.coms.server.meetings.PasscodeVault;
import dev.coms.server.rooms.MeetingRules;
import dev.coms.server.rooms.RoomPresence;
import dev.coms.server.rooms.RoomRegistry;
import dev.coms.server.rooms.RoomSettings;
import dev.coms.server.store.Database;
import dev.coms.server.tickets.TicketRegistry;
import dev.coms.server.util.Threads;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wires the server's parts (database, accounts, meetings, live rooms) and installs their routes. {@link Main} and
 * the tests build servers the same way through {@link #setup(WebServerConfig.Builder)}.
 *
 * <p>The live rooms own the two ports between them and the meetings: the rooms enforce {@link MeetingRules}
 * (implemented by the meetings service on the database), and the meetings read head counts and close rooms through
 * {@link RoomPresence} (implemented by the room registry). So the meetings depend on the rooms, never the reverse.
 */
public final class ComsServer implements AutoCloseable {

    private static final System.Logger log = System.getLogger(ComsServer.class.getName());

    private final ServerSettings settings;
    private final Clock clock;
    private final Database database;
    private final PasswordResets resets;
    private final JsonIo json;
    private final TicketRegistry tickets;
    private final Accounts accounts;
    private final Meetings meetings;
    private final JoinAuthorizer joins;
    private final OpenMeetingsFeed openMeetings;
    private final Invitations invitations;
    private final RoomRegistry rooms;
    private final ScheduledExecutorService ticker;

    private ComsServer(Parts parts, Database database) {
        this.settings = parts.settings();
        this.clock = parts.clock();
        this.json = new JsonIo(clock);
        this.database = database;
        this.tickets = new TicketRegistry(clock);
        AccountStore accountStore = new AccountStore(database);
        this.accounts = new Accounts(accountStore, settings.accounts(), clock);
        this.resets = new PasswordResets(
                accounts,
                accountStore,
                database,
                settings.invites().emailEnabled() ? new EmailSender(settings.invites()) : null,
                settings.publicUrl(),
                clock);
        PresenceRelay presence = new PresenceRelay();
        PasscodeVault vault = PasscodeVault.from(settings.meetings());
        var views = new MeetingViews(
                settings.publicUrl(), clock, settings.meetings().emptyExpiry(), presence, vault);
        this.meetings = new Meetings(
                new MeetingStore(database),
                views,
                vault,
                presence,
                clock,
                settings.meetings().emptyExpiry());
        this.rooms = new RoomRegistry(
                parts.rooms(), clock, tickets, parts.rulesOverride() != null ? parts.rulesOverride() : meetings);
        presence.target = rooms;
        this.joins = new JoinAuthorizer(meetings, tickets, presence, settings.meetings(), clock);
        this.openMeetings = new OpenMeetingsFeed(
                meetings,
                json.mapper(),
                clock,
                settings.meetings().feedIdleTimeout(),
                settings.meetings().feedMaxPerAddress());
        this.invitations = new Invitations(settings.invites(), json.mapper(), clock);
        meetings.addChangeListener(openMeetings::requestRefresh);
        presence.addChangeListener(openMeetings::requestRefresh);
        this.ticker = Threads.daemonScheduler("coms-tick");
        long every = settings.meetings().refreshInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** What a server is built from; the rules override replaces the stored meetings for the rooms load benchmark. */
    private record Parts(ServerSettings settings, RoomSettings rooms, Clock clock, MeetingRules rulesOverride) {}

    /** Opens (and migrates) the database and builds every service with default room settings. */
    public static ComsServer create(ServerSettings settings, Clock clock) {
        return create(settings, RoomSettings.defaults(), clock);
    }

    /** Opens (and migrates) the database and builds every service. */
    public static ComsServer create(ServerSettings settings, RoomSettings roomSettings, Clock clock) {
        return open(new Parts(settings, roomSettings, clock, null));
    }

    /** For the rooms load benchmark: the rooms enforce {@code rules} instead of the stored meetings. */
    public static ComsServer create(
            ServerSettings settings, RoomSettings roomSettings, Clock clock, MeetingRules rules) {
        return open(new Parts(settings, roomSettings, clock, rules));
    }

    private static ComsServer open(Parts parts) {
        Database database = Database.open(parts.settings().db());
        try {
            return new ComsServer(parts, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Adds this server's HTTP and WebSocket routes to a web server under construction. */
    public void setup(WebServerConfig.Builder server) {
        server.routing(this::routing);
        // Replies the server writes itself (e.g. a refused room upgrade) carry their one-line reason as the body.
        server.errorHandling(e -> e.includeEntity(true));
        WsRouting.Builder ws = WsRouting.builder().endpoint("/ws/open-meetings", openMeetings::newListener);
        rooms.routing(ws);
        server.addRouting(ws);
    }

    private void routing(HttpRouting.Builder routing) {
        json.registerErrorHandlers(routing);
        TimeService time = new TimeService(clock, json);
        time.registerFilter(routing);
        routing.register("/api/time", time)
                .register("/api/accounts", new AccountsService(accounts, json))
                .register("/api/sessions", new SessionsService(accounts, json))
                .register("/api/password-resets", new PasswordResetsService(resets, json))
                .register("/api/capabilities", new CapabilitiesService(settings.invites(), json))
                .register(
                        "/api/meetings",
                        new MeetingsService(meetings, accounts, json, clock),
                        new JoinService(joins, accounts, json),
                        new InvitationsService(meetings, accounts, invitations, json));
        routing.register(new MeetingPageService(settings.publicUrl(), settings.downloadsUrl()));
        routing.register(new WebClientService());
    }

    /** Time-driven changes: meetings going live or expiring are recorded and pushed to the open-meetings list. */
    private void tick() {
        try {
            openMeetings.dropIdle();
            meetings.endExpired();
            openMeetings.refresh();
            accounts.purgeExpiredSessions();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Periodic meetings refresh failed", e);
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

    public RoomRegistry rooms() {
        return rooms;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        rooms.close();
        database.close();
    }

    /** Lets the meetings be built before the rooms they observe; set once during construction. */
    private static final class PresenceRelay implements RoomPresence {
        private volatile RoomPresence target;

        @Override
        public int participantCount(String meetingId) {
            return target.participantCount(meetingId);
        }

        @Override
        public void addChangeListener(Runnable listener) {
            target.addChangeListener(listener);
        }

        @Override
        public void closeRoom(String meetingId, String message) {
            target.closeRoom(meetingId, message);
        }

        @Override
        public boolean hasEnded(String meetingId) {
            return target.hasEnded(meetingId);
        }

        @Override
        public boolean isBanned(String meetingId, String banKey) {
            return target.isBanned(meetingId, banKey);
        }

        @Override
        public boolean isLocked(String meetingId) {
            return target.isLocked(meetingId);
        }
    }
}
