package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.signal.CloseCode;
import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.IceServer;
import dev.coms.protocol.signal.SignalCodec;
import dev.coms.server.security.Secrets;
import dev.coms.server.tickets.Grant;
import dev.coms.server.tickets.TicketRegistry;
import dev.coms.server.util.Listeners;
import dev.coms.server.util.Threads;
import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.websocket.WsRouting;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * All live rooms of this server: admits connections (tickets, resume tokens), runs the sweeper that finds silent,
 * dead and timed-out participants, and closes everything on shutdown. Implements {@link RoomPresence} for the
 * meetings service. Thread-safe.
 */
public final class RoomRegistry implements RoomPresence, AutoCloseable {

    /** Path of a room's WebSocket; the last segment is the meeting id. */
    public static final String PATH = "/ws/rooms/{meetingId}";

    private static final System.Logger log = System.getLogger(RoomRegistry.class.getName());
    private static final Duration CLOSE_HANDSHAKE_LIMIT = Duration.ofSeconds(5);

    private final RoomSettings settings;
    private final Clock clock;
    private final GuardedRules rules;
    private final WriteBehind writes;
    private final Doorkeeper doorkeeper;
    private final IceServerFactory ice;
    private final SignalCodec codec = new SignalCodec();
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, Member> byResumeHash = new ConcurrentHashMap<>();
    private final Map<RoomConnection, Instant> closing = new ConcurrentHashMap<>();
    /** Connections opened without a query that have not sent their Resume yet, with when they opened. */
    private final Map<RoomConnection, Instant> unresumed = new ConcurrentHashMap<>();

    private final Listeners listeners = new Listeners("Room presence");
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService sweeper;

    /**
     * Creates the registry and starts its sweeper (every {@link RoomSettings#sweepInterval()}).
     *
     * @param rules the meetings' stored rules (views, bans, ends); called from room threads
     */
    public RoomRegistry(RoomSettings settings, Clock clock, TicketRegistry tickets, MeetingRules rules) {
        this.settings = settings;
        this.clock = clock;
        this.rules = new GuardedRules(rules, executor, settings.storeTimeout());
        this.sweeper = Threads.daemonScheduler("coms-room-sweeper");
        this.writes = new WriteBehind(rules, clock, executor, sweeper);
        this.doorkeeper = new Doorkeeper(this, tickets, this.rules);
        this.ice = new IceServerFactory(settings.ice(), clock);
        long every = settings.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Installs the room endpoint: one {@link RoomConnection} per WebSocket. */
    public void routing(WsRouting.Builder ws) {
        ws.endpoint(PATH, () -> new RoomConnection(this));
    }

    /** Looks for silent, dead and timed-out participants now. The sweeper calls this; tests may too. */
    public void sweep() {
        Instant now = clock.instant();
        for (Room room : rooms.values()) {
            room.sweep(now);
        }
        writes.purge();
        unresumed.forEach((connection, since) -> {
            if (since.plus(settings.idleTimeout()).isBefore(now) || connection.isDead()) {
                unresumed.remove(connection);
                connection.abortUnresumed();
            }
        });
        closing.forEach((connection, since) -> {
            if (connection.isDead()) {
                closing.remove(connection);
            } else if (since.plus(CLOSE_HANDSHAKE_LIMIT).isBefore(now)) {
                closing.remove(connection);
                connection.abort("no reply to close");
            }
        });
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.log(Level.ERROR, "Room sweep failed", e);
        }
    }

    /**
     * Closes every room connection with {@link CloseCode#GOING_AWAY} and waits up to {@code wait} for the close frames
     * to be written. Meetings are not ended: their participants may rejoin when the server is back.
     */
    public void shutdown(Duration wait) {
        sweeper.shutdownNow();
        for (Room room : rooms.values()) {
            room.closeAll(CloseCode.GOING_AWAY);
        }
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline) && !closing.keySet().stream().allMatch(RoomConnection::outboxIdle)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            sweeper.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }

    @Override
    public int participantCount(String meetingId) {
        Room room = rooms.get(meetingId);
        return room == null ? 0 : room.participantCount();
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public boolean hasEnded(String meetingId) {
        return writes.endedByRoom(meetingId);
    }

    @Override
    public boolean isBanned(String meetingId, String key) {
        return writes.isBanned(meetingId, key);
    }

    @Override
    public boolean isLocked(String meetingId) {
        Room room = rooms.get(meetingId);
        return room != null && room.isLocked();
    }

    @Override
    public void closeRoom(String meetingId, String message) {
        writes.ended(meetingId, false);
        Room room = rooms.get(meetingId);
        if (room != null) {
            room.end(EndReason.CANCELLED, message == null ? "The host cancelled the meeting." : message);
        }
    }

    // ---- admission (on the upgrading connection's thread) ----

    Doorkeeper.Admission admit(String path, UriQuery query) throws RoomRefusal {
        return doorkeeper.admit(path, query);
    }

    /** Resumes a seat with the token a connection sent as its first message (on that connection's thread). */
    Doorkeeper.Admission resume(String meetingId, String token) throws RoomRefusal {
        return doorkeeper.resume(meetingId, token);
    }

    /** A connection opened without a query: it must send Resume within the idle timeout. */
    void awaitingResume(RoomConnection connection, boolean waiting) {
        if (waiting) {
            unresumed.put(connection, clock.instant());
        } else {
            unresumed.remove(connection);
        }
    }

    /** Reserves a seat in the meeting's room, opening the room if needed. */
    Member reserveSeat(String meetingId, Grant grant, String resumeHash, MeetingView view, boolean mustKnock)
            throws RoomRefusal {
        while (true) {
            Room room = rooms.computeIfAbsent(meetingId, id -> new Room(id, this));
            Member member = room.reserve(grant, resumeHash, view, mustKnock);
            if (member != null) {
                byResumeHash.put(member.resumeHash, member);
                return member;
            }
            rooms.remove(meetingId, room);
            if (writes.hasEnded(meetingId)) {
                throw RoomRefusal.ended();
            }
        }
    }

    Member memberByResumeToken(String token) {
        return byResumeHash.get(Secrets.hash(token));
    }

    // ---- called by rooms and connections ----

    RoomSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    Instant now() {
        return clock.instant();
    }

    SignalCodec codec() {
        return codec;
    }

    WriteBehind writes() {
        return writes;
    }

    ExecutorService executor() {
        return executor;
    }

    List<IceServer> iceServers(String participantId) {
        return ice.forParticipant(participantId);
    }

    String newParticipantId() {
        return Secrets.newToken(9);
    }

    void forget(Member member) {
        byResumeHash.remove(member.resumeHash, member);
    }

    /** Under the member's room lock: the member's resume token changes, the old one stops working. */
    void rehash(Member member, String newHash) {
        byResumeHash.remove(member.resumeHash, member);
        member.resumeHash = newHash;
        byResumeHash.put(newHash, member);
    }

    void closing(RoomConnection connection) {
        closing.putIfAbsent(connection, clock.instant());
    }

    /**
     * Called under the room's lock when a meeting ends, before anyone is told: remembered at once (later tickets and
     * resumes are refused), stored in the background unless it was cancelled (then it is stored already).
     */
    void roomEnded(Room room, EndReason reason) {
        rooms.remove(room.meetingId, room);
        writes.ended(room.meetingId, reason != EndReason.CANCELLED);
        log.log(Level.INFO, "Meeting {0} ended: {1}", room.meetingId, reason);
    }

    private void runAsync(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            log.log(Level.DEBUG, "Rooms are shutting down; a follow-up task was skipped");
        }
    }

    /** Called under the room's lock when its last participant is gone. */
    void roomEmptied(Room room) {
        rooms.remove(room.meetingId, room);
    }

    /** Tells the presence listeners (on another thread, so they never run under a room's lock). */
    void changed() {
        if (listeners.isEmpty()) {
            return;
        }
        runAsync(listeners::fire);
    }
}
