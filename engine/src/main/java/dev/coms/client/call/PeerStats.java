package dev.coms.client.call;

import dev.coms.protocol.peer.TrackKind;
import java.time.Instant;
import java.util.List;

/**
 * What the connection to one remote participant looks like, from one {@code getStats} poll.
 *
 * @param inbound one entry per received stream (audio, camera, screen)
 * @param outbound one entry per stream sent to this participant
 * @param roundTripMillis current round-trip time of the active candidate pair, or -1 when unknown
 */
public record PeerStats(
        String participantId, Instant at, List<Inbound> inbound, List<Outbound> outbound, double roundTripMillis) {

    /** A received stream. {@code kind} is null when the stream could not be attributed. */
    public record Inbound(
            String mediaType,
            TrackKind kind,
            long packetsReceived,
            long packetsLost,
            long bytesReceived,
            double bitrateKbps,
            int width,
            int height,
            double framesPerSecond,
            long framesDecoded) {

        /** Fraction of packets lost, 0..1. */
        public double lossFraction() {
            long total = packetsReceived + Math.max(0, packetsLost);
            return total == 0 ? 0 : (double) Math.max(0, packetsLost) / total;
        }
    }

    /**
     * A sent stream. {@code qualityLimitationReason} is {@code none}, {@code cpu}, {@code bandwidth} or
     * {@code other} for video (why the encoder sends less than asked), null for audio.
     */
    public record Outbound(
            String mediaType,
            long bytesSent,
            double bitrateKbps,
            int width,
            int height,
            double framesPerSecond,
            String qualityLimitationReason) {}

    /** The first received stream of {@code kind}, or null. */
    public Inbound inbound(TrackKind kind) {
        return inbound.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }
}
