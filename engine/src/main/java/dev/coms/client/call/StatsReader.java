package dev.coms.client.call;

import dev.coms.protocol.peer.TrackKind;
import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.RTCStatsType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns successive stats reports of one peer connection into {@link PeerStats}, deriving bitrates from the byte
 * counters of the previous report. Not thread-safe: owned by one peer link and used on its thread.
 */
final class StatsReader {

    private record Sample(long bytes, long micros) {}

    private final String participantId;
    private final Function<String, TrackKind> kindOfTrack;
    private final Map<String, Sample> previous = new HashMap<>();

    /**
     * @param kindOfTrack maps a received track id to the kind the peer announced for it (null when unknown)
     */
    StatsReader(String participantId, Function<String, TrackKind> kindOfTrack) {
        this.participantId = participantId;
        this.kindOfTrack = kindOfTrack;
    }

    PeerStats read(RTCStatsReport report) {
        List<PeerStats.Inbound> inbound = new ArrayList<>();
        List<PeerStats.Outbound> outbound = new ArrayList<>();
        double rtt = -1;
        for (RTCStats stats : report.getStats().values()) {
            Map<String, Object> a = stats.getAttributes();
            if (stats.getType() == RTCStatsType.INBOUND_RTP) {
                long bytes = number(a, "bytesReceived");
                String type = text(a, "kind");
                TrackKind kind = "audio".equals(type) ? TrackKind.AUDIO : kindOfTrack.apply(text(a, "trackIdentifier"));
                inbound.add(new PeerStats.Inbound(
                        type,
                        kind,
                        number(a, "packetsReceived"),
                        number(a, "packetsLost"),
                        bytes,
                        kbps(stats, bytes),
                        (int) number(a, "frameWidth"),
                        (int) number(a, "frameHeight"),
                        decimal(a, "framesPerSecond"),
                        number(a, "framesDecoded")));
            } else if (stats.getType() == RTCStatsType.OUTBOUND_RTP) {
                long bytes = number(a, "bytesSent");
                outbound.add(new PeerStats.Outbound(
                        text(a, "kind"),
                        bytes,
                        kbps(stats, bytes),
                        (int) number(a, "frameWidth"),
                        (int) number(a, "frameHeight"),
                        decimal(a, "framesPerSecond"),
                        text(a, "qualityLimitationReason")));
            } else if (stats.getType() == RTCStatsType.CANDIDATE_PAIR
                    && "succeeded".equals(text(a, "state"))
                    && Boolean.TRUE.equals(a.get("nominated"))
                    && a.get("currentRoundTripTime") != null) {
                rtt = decimal(a, "currentRoundTripTime") * 1000;
            }
        }
        Instant at = Instant.ofEpochSecond(0, report.getTimestamp() * 1000);
        return new PeerStats(participantId, at, List.copyOf(inbound), List.copyOf(outbound), rtt);
    }

    /** The send side's audio level (the {@code media-source} of kind audio), 0–1; 0 when none is sent. */
    static double localAudioLevel(RTCStatsReport report) {
        for (RTCStats stats : report.getStats().values()) {
            Map<String, Object> a = stats.getAttributes();
            if (stats.getType() == RTCStatsType.MEDIA_SOURCE && "audio".equals(text(a, "kind"))) {
                return decimal(a, "audioLevel");
            }
        }
        return 0;
    }

    private double kbps(RTCStats stats, long bytes) {
        Sample now = new Sample(bytes, stats.getTimestamp());
        Sample before = previous.put(stats.getId(), now);
        if (before == null || now.micros() <= before.micros() || bytes < before.bytes()) {
            return 0;
        }
        return (bytes - before.bytes()) * 8.0 / 1000 / ((now.micros() - before.micros()) / 1e6);
    }

    private static long number(Map<String, Object> attributes, String key) {
        return attributes.get(key) instanceof Number n ? n.longValue() : 0;
    }

    private static double decimal(Map<String, Object> attributes, String key) {
        return attributes.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    private static String text(Map<String, Object> attributes, String key) {
        Object value = attributes.get(key);
        return value == null ? null : value.toString();
    }
}
