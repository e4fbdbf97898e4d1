package dev.coms.server.meetings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import io.helidon.common.buffers.BufferData;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /ws/open-meetings}: pushes an {@link OpenMeetingsUpdate} to every subscriber when it connects and whenever
 * the list changes. Each subscriber has a one-slot mailbox (the latest list wins) drained by its own virtual
 * thread, so a slow subscriber never stalls the others or the thread that made the change. Subscribers that show
 * no sign of life for the idle limit are dropped ({@link #dropIdle()}). Thread-safe.
 */
public final class OpenMeetingsFeed {

    private static final System.Logger log = System.getLogger(OpenMeetingsFeed.class.getName());

    private final Meetings meetings;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration idleLimit;
    private final int maxPerAddress;
    private final Map<WsSession, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final Object refreshLock = new Object();
    private final AtomicBoolean refreshWanted = new AtomicBoolean();
    private final AtomicBoolean refreshRunning = new AtomicBoolean();
    private List<?> lastMeetings = List.of();

    /**
     * @param idleLimit a subscriber that sends nothing (not even a pong to the server's pings) for this long is
     *     dropped; see {@link #dropIdle()}
     * @param maxPerAddress most subscribers from one source address; further ones are closed at once (1008)
     */
    public OpenMeetingsFeed(
            Meetings meetings, ObjectMapper mapper, Clock clock, Duration idleLimit, int maxPerAddress) {
        this.meetings = meetings;
        this.mapper = mapper;
        this.clock = clock;
        this.idleLimit = idleLimit;
        this.maxPerAddress = maxPerAddress;
    }

    /** A listener for one WebSocket connection. */
    public WsListener newListener() {
        return new WsListener() {
            @Override
            public void onOpen(WsSession session) {
                Subscriber s = new Subscriber(session, address(session));
                synchronized (subscribers) {
                    if (subscribers.values().stream()
                                    .filter(o -> o.address.equals(s.address))
                                    .count()
                            >= maxPerAddress) {
                        log.log(Level.DEBUG, "Open-meetings subscriber refused: too many from {0}", s.address);
                        session.close(1008, "too many connections");
                        return;
                    }
                    subscribers.put(session, s);
                }
                s.offer(encode(meetings.openMeetings()));
            }

            @Override
            public void onMessage(WsSession session, String text, boolean last) {
                // The feed is one-way; anything a client sends is ignored, but it is a sign of life.
                seen(session);
            }

            @Override
            public void onPing(WsSession session, BufferData buffer) {
                seen(session);
                session.pong(buffer);
            }

            @Override
            public void onPong(WsSession session, BufferData buffer) {
                seen(session);
            }

            @Override
            public void onClose(WsSession session, int status, String reason) {
                subscribers.remove(session);
            }

            @Override
            public void onError(WsSession session, Throwable t) {
                subscribers.remove(session);
            }
        };
    }

    /**
     * Asks for a {@link #refresh()} on a virtual thread; requests made while one runs are folded into one more run.
     * Safe to call from any thread, including room threads that must not wait for the database.
     */
    public void requestRefresh() {
        refreshWanted.set(true);
        if (refreshRunning.compareAndSet(false, true)) {
            Thread.ofVirtual().name("open-meetings-refresh").start(this::refreshLoop);
        }
    }

    private void refreshLoop() {
        while (true) {
            if (refreshWanted.getAndSet(false)) {
                try {
                    refresh();
                } catch (RuntimeException e) {
                    log.log(Level.WARNING, "Open-meetings list could not be refreshed", e);
                }
                continue;
            }
            refreshRunning.set(false);
            if (!refreshWanted.get() || !refreshRunning.compareAndSet(false, true)) {
                return;
            }
        }
    }

    /** Recomputes the list and pushes it to everyone if it differs from the last one pushed. */
    public void refresh() {
        String payload;
        synchronized (refreshLock) {
            OpenMeetingsUpdate update = meetings.openMeetings();
            if (Objects.equals(update.meetings(), lastMeetings)) {
                return;
            }
            lastMeetings = update.meetings();
            payload = encode(update);
        }
        subscribers.values().forEach(s -> s.offer(payload));
    }

    private static String address(WsSession session) {
        try {
            return session.socketContext().remotePeer().address() instanceof InetSocketAddress inet
                            && inet.getAddress() != null
                    ? inet.getAddress().getHostAddress()
                    : session.socketContext().remotePeer().host();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void seen(WsSession session) {
        Subscriber s = subscribers.get(session);
        if (s != null) {
            s.lastSeen = clock.instant();
        }
    }

    /**
     * Drops subscribers silent for longer than the idle limit (a half-open connection, or one that never reads) and
     * pings the others, whose WebSocket libraries answer by themselves. Called periodically; returns how many were
     * dropped.
     */
    public int dropIdle() {
        Instant limit = clock.instant().minus(idleLimit);
        int dropped = 0;
        for (Subscriber s : subscribers.values()) {
            if (s.lastSeen.isBefore(limit)) {
                subscribers.remove(s.session);
                dropped++;
                if (s.session instanceof ServerConnection connection) {
                    connection.close(true);
                }
            } else {
                // On a thread of its own: a subscriber that does not read must not hold up this loop.
                Thread.ofVirtual().name("open-meetings-ping").start(() -> ping(s.session));
            }
        }
        if (dropped > 0) {
            log.log(Level.INFO, "Dropped {0} silent open-meetings subscribers", dropped);
        }
        return dropped;
    }

    private static void ping(WsSession session) {
        try {
            session.ping(BufferData.create(new byte[] {'?'}));
        } catch (RuntimeException e) {
            log.log(Level.DEBUG, "Open-meetings ping not sent: {0}", e.getMessage());
        }
    }

    /** How many clients are subscribed now. */
    public int subscriberCount() {
        return subscribers.size();
    }

    private String encode(OpenMeetingsUpdate update) {
        try {
            return mapper.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenMeetingsUpdate not serialisable", e);
        }
    }

    /** One connection's mailbox: holds only the newest payload not yet sent; at most one drain runs at a time. */
    private final class Subscriber {
        private final WsSession session;
        private final AtomicReference<String> pending = new AtomicReference<>();
        private final AtomicBoolean draining = new AtomicBoolean();
        private final String address;
        private volatile Instant lastSeen = clock.instant();

        Subscriber(WsSession session, String address) {
            this.session = session;
            this.address = address;
        }

        void offer(String payload) {
            pending.set(payload);
            if (draining.compareAndSet(false, true)) {
                Thread.ofVirtual().name("open-meetings-push").start(this::drain);
            }
        }

        private void drain() {
            while (true) {
                String payload = pending.getAndSet(null);
                if (payload == null) {
                    draining.set(false);
                    if (pending.get() == null || !draining.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                try {
                    session.send(payload, true);
                } catch (RuntimeException e) {
                    log.log(Level.DEBUG, "Open-meetings subscriber gone: {0}", e.getMessage());
                    subscribers.remove(session);
                    draining.set(false);
                    return;
                }
            }
        }
    }
}
