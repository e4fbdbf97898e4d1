package dev.coms.client.call;

import dev.coms.protocol.peer.TrackKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Which kind of track each m-section of a remote SDP carries, read from its {@code a=mid} and the stream id of its
 * {@code a=msid} (docs/protocol.md, "Media tracks": a sender puts its camera in stream {@code camera}, its screen in
 * {@code screen}). This is what tells a screen from a camera: the id of a received track can be a random one
 * (webrtc-java hands {@code onTrack} no streams, and a transceiver reused for a screen keeps the receiving track it was
 * created with), but the SDP always says what the sender put in that m-section now.
 */
final class SdpTracks {

    private SdpTracks() {}

    /** The kind per mid of every audio and video m-section that names a stream; others are left out. */
    static Map<String, TrackKind> kinds(String sdp) {
        Map<String, TrackKind> kinds = new HashMap<>();
        if (sdp == null) {
            return kinds;
        }
        String media = null;
        String mid = null;
        TrackKind kind = null;
        for (String raw : sdp.split("\r?\n")) {
            String line = raw.strip();
            if (line.startsWith("m=")) {
                put(kinds, media, mid, kind);
                media = line.substring(2, Math.max(2, line.indexOf(' ')));
                mid = null;
                kind = null;
            } else if (line.startsWith("a=mid:")) {
                mid = line.substring(6).strip();
            } else if (line.startsWith("a=msid:") && kind == null) {
                String[] parts = line.substring(7).strip().split(" ");
                kind = TrackKind.fromLabel(parts[0]);
                if (kind == null && parts.length > 1) {
                    kind = TrackKind.fromLabel(parts[1]);
                }
            }
        }
        put(kinds, media, mid, kind);
        return kinds;
    }

    private static void put(Map<String, TrackKind> kinds, String media, String mid, TrackKind kind) {
        if (mid == null || media == null) {
            return;
        }
        if ("audio".equals(media)) {
            kinds.put(mid, TrackKind.AUDIO);
        } else if ("video".equals(media) && kind != null && kind != TrackKind.AUDIO) {
            kinds.put(mid, kind);
        }
    }
}
