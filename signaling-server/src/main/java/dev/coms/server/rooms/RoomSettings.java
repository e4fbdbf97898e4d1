package dev.coms.server.rooms;

import dev.coms.protocol.signal.IceServer;
import io.helidon.config.Config;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Typed settings of the live rooms ({@code coms.rooms} in {@code application.yaml}), with defaults.
 *
 * @param grace how long a dropped participant (the host included) may resume before being removed
 * @param capacity most participants in one room
 * @param maxMessageBytes largest client message, all of its fragments together; beyond it the socket closes 1009
 * @param ratePerSecond sustained client messages per second per connection
 * @param rateBurst client messages a connection may send at once before the rate applies
 * @param idleTimeout a connection silent this long (no message, no ping) is dropped
 * @param outboundQueueBytes most bytes waiting to be written to one participant; beyond it that participant is dropped
 * @param sweepInterval how often idle, dead and timed-out connections are looked for
 * @param ice STUN and TURN servers handed to clients
 * @param storeTimeout longest wait for the stored meetings on the room path (admission); beyond it the upgrade is
 *     refused with 503 {@code unavailable} instead of stalling
 * @param resumeProbe how long a resume waits for the seat's old connection to answer a ping; an answer proves it
 *     alive and the resume is refused ({@code seat_in_use})
 */
public record RoomSettings(
        Duration grace,
        int capacity,
        int maxMessageBytes,
        double ratePerSecond,
        int rateBurst,
        Duration idleTimeout,
        int outboundQueueBytes,
        Duration sweepInterval,
        IceSettings ice,
        Duration storeTimeout,
        Duration resumeProbe) {

    /** Default timeout for the stored meetings on the room path. */
    public static final Duration STORE_TIMEOUT = Duration.ofSeconds(2);
    /** Default wait for a seat's old connection to prove it is alive. */
    public static final Duration RESUME_PROBE = Duration.ofMillis(1500);

    /** Settings with the default store timeout and resume probe. */
    public RoomSettings(
            Duration grace,
            int capacity,
            int maxMessageBytes,
            double ratePerSecond,
            int rateBurst,
            Duration idleTimeout,
            int outboundQueueBytes,
            Duration sweepInterval,
            IceSettings ice) {
        this(
                grace,
                capacity,
                maxMessageBytes,
                ratePerSecond,
                rateBurst,
                idleTimeout,
                outboundQueueBytes,
                sweepInterval,
                ice,
                STORE_TIMEOUT,
                RESUME_PROBE);
    }

    public RoomSettings {
        requirePositive(grace, "grace");
        requirePositive(storeTimeout, "store-timeout");
        requirePositive(resumeProbe, "resume-probe");
        requirePositive(idleTimeout, "idle-timeout");
        requirePositive(sweepInterval, "sweep-interval");
        if (capacity < 2
                || maxMessageBytes < 1024
                || ratePerSecond <= 0
                || rateBurst < 1
                || outboundQueueBytes < 1024) {
            throw new IllegalArgumentException("coms.rooms: capacity >= 2, max-message-bytes >= 1024, rate > 0, "
                    + "burst >= 1 and outbound-queue-bytes >= 1024 are required");
        }
    }

    /** The defaults: 60 s grace, 8 people, 64 KiB messages, 50 messages/s (burst 200), 40 s idle, 1 MiB queue. */
    public static RoomSettings defaults() {
        return new RoomSettings(
                Duration.ofSeconds(60),
                8,
                64 * 1024,
                50,
                200,
                Duration.ofSeconds(40),
                1024 * 1024,
                Duration.ofSeconds(1),
                IceSettings.none());
    }

    /** Reads {@code coms.rooms} from the root configuration; missing keys keep their defaults. */
    public static RoomSettings from(Config root) {
        Config c = root.get("coms.rooms");
        RoomSettings d = defaults();
        return new RoomSettings(
                duration(c.get("grace"), d.grace()),
                c.get("capacity").asInt().orElse(d.capacity()),
                c.get("max-message-bytes").asInt().orElse(d.maxMessageBytes()),
                c.get("rate-limit.per-second").asDouble().orElse(d.ratePerSecond()),
                c.get("rate-limit.burst").asInt().orElse(d.rateBurst()),
                duration(c.get("idle-timeout"), d.idleTimeout()),
                c.get("outbound-queue-bytes").asInt().orElse(d.outboundQueueBytes()),
                duration(c.get("sweep-interval"), d.sweepInterval()),
                IceSettings.from(c.get("ice")),
                duration(c.get("store-timeout"), d.storeTimeout()),
                duration(c.get("resume-probe"), d.resumeProbe()));
    }

    /** A copy with another grace period. */
    public RoomSettings withGrace(Duration value) {
        return new RoomSettings(
                value,
                capacity,
                maxMessageBytes,
                ratePerSecond,
                rateBurst,
                idleTimeout,
                outboundQueueBytes,
                sweepInterval,
                ice,
                storeTimeout,
                resumeProbe);
    }

    /** A copy with another capacity. */
    public RoomSettings withCapacity(int value) {
        return new RoomSettings(
                grace,
                value,
                maxMessageBytes,
                ratePerSecond,
                rateBurst,
                idleTimeout,
                outboundQueueBytes,
                sweepInterval,
                ice,
                storeTimeout,
                resumeProbe);
    }

    /** A copy with other limits for hostile clients. */
    public RoomSettings withLimits(int messageBytes, double perSecond, int burst, int queueBytes) {
        return new RoomSettings(
                grace,
                capacity,
                messageBytes,
                perSecond,
                burst,
                idleTimeout,
                queueBytes,
                sweepInterval,
                ice,
                storeTimeout,
                resumeProbe);
    }

    /** A copy with other ICE servers. */
    public RoomSettings withIce(IceSettings value) {
        return new RoomSettings(
                grace,
                capacity,
                maxMessageBytes,
                ratePerSecond,
                rateBurst,
                idleTimeout,
                outboundQueueBytes,
                sweepInterval,
                value,
                storeTimeout,
                resumeProbe);
    }

    /** A copy with another store timeout and resume probe. */
    public RoomSettings withDoor(Duration storeTimeoutValue, Duration resumeProbeValue) {
        return new RoomSettings(
                grace,
                capacity,
                maxMessageBytes,
                ratePerSecond,
                rateBurst,
                idleTimeout,
                outboundQueueBytes,
                sweepInterval,
                ice,
                storeTimeoutValue,
                resumeProbeValue);
    }

    /**
     * STUN and TURN servers. TURN credentials follow coturn's {@code use-auth-secret} scheme with {@code turnSecret}.
     *
     * @param turnTtl longest validity of a TURN credential (it is issued anew on every resume)
     */
    public record IceSettings(List<String> stunUrls, List<String> turnUrls, String turnSecret, Duration turnTtl) {

        public IceSettings {
            stunUrls = List.copyOf(stunUrls);
            turnUrls = List.copyOf(turnUrls);
            turnSecret = turnSecret == null ? "" : turnSecret;
            requirePositive(turnTtl, "ice.turn.ttl");
            requireUrls(stunUrls, "coms.rooms.ice.stun-urls", "stun");
            requireUrls(turnUrls, "coms.rooms.ice.turn.urls", "turn");
            if (!turnUrls.isEmpty() && turnSecret.isBlank()) {
                throw new IllegalArgumentException("coms.rooms.ice.turn.secret is required when TURN urls are set");
            }
        }

        /**
         * Every URL must be one a client's WebRTC library accepts (an empty or scheme-less one crashes some of them),
         * of the setting's own kind: the server refuses to start, naming the setting, rather than hand it out.
         */
        private static void requireUrls(List<String> urls, String setting, String scheme) {
            for (int i = 0; i < urls.size(); i++) {
                String url = urls.get(i);
                if (!IceServer.isValidUrl(url) || !url.toLowerCase(Locale.ROOT).startsWith(scheme)) {
                    throw new IllegalArgumentException(setting + "[" + i + "] = \"" + url + "\" is not a " + scheme
                            + ": URL (e.g. " + scheme + ":host.example.org:3478)");
                }
            }
        }

        /** No STUN, no TURN: only host candidates (same network). */
        public static IceSettings none() {
            return new IceSettings(List.of(), List.of(), "", Duration.ofHours(8));
        }

        static IceSettings from(Config ice) {
            return new IceSettings(
                    ice.get("stun-urls").asList(String.class).orElse(List.of()),
                    ice.get("turn.urls").asList(String.class).orElse(List.of()),
                    ice.get("turn.secret").asString().orElse(""),
                    duration(ice.get("turn.ttl"), Duration.ofHours(8)));
        }

        /** The secret never appears in logs. */
        @Override
        public String toString() {
            return "IceSettings[stun=" + stunUrls + ", turn=" + turnUrls + ", ttl=" + turnTtl + "]";
        }
    }

    /** Accepts ISO-8601 ({@code PT60S}) or a number with a unit: {@code 500ms}, {@code 60s}, {@code 5m}, {@code 8h}. */
    static Duration duration(Config node, Duration fallback) {
        return node.asString().map(RoomSettings::parseDuration).orElse(fallback);
    }

    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(
                        Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a duration: '" + text + "' (use e.g. 60s, 500ms, 5m or PT60S)");
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("coms.rooms." + name + " must be a positive duration");
        }
    }
}
