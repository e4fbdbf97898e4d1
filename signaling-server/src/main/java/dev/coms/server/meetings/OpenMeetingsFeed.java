package dev.coms.server.meetings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /ws/open-meetings}: pushes an {@link OpenMeetingsUpdate} to every subscriber when it connects and whenever
 * the list changes. Each subscriber has a one-slot mailbox (the latest list wins) drained by its own virtual
 * thread, so a slow subscriber never stalls the others or the thread that made the change. Thread-safe.
 */
public final class OpenMeetingsFeed {

    private static final System.Logger log = System.getLogger(OpenMeetingsFeed.class.getName());

    private final Meetings meetings;
    private final ObjectMapper mapper;
    private final Map<WsSession, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final Object refreshLock = new Object();
    private final AtomicBoolean refreshWanted = new AtomicBoolean();
    private final AtomicBoolean refreshRunning = new AtomicBoolean();
    private List<?> lastMeetings = List.of();

    public OpenMeetingsFeed(Meetings meetings, ObjectMapper mapper) {
        this.meetings = meetings;
        this.mapper = mapper;
    }

    /** A listener for one WebSocket connection. */
    public WsListener newListener() {
        return new WsListener() {
            @Override
            public void onOpen(WsSession session) {
                Subscriber s = new Subscriber(session);
                subscribers.put(session, s);
                s.offer(encode(meetings.openMeetings()));
            }

            @Override
            public void onMessage(WsSession session, String text, boolean last) {
                // The feed is one-way; anything a client sends is ignored.
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

        Subscriber(WsSession session) {
            this.session = session;
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
