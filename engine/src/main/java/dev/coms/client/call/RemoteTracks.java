package dev.coms.client.call;

import dev.coms.protocol.peer.TrackKind;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracks received from one peer, by track id, with their kind and a sink on each video track that hands frames
 * to the listener and always releases them. The kind comes from the m-section the track arrives on, as the remote
 * SDP names it ({@link SdpTracks}); it is read again after every remote description, because a transceiver the peer
 * reuses (a screen share on the m-line of a camera that was never sent) keeps its receiving track. Only when a track
 * has no known m-section does its stream or track id decide. Confined to the link thread, except that frames read an
 * entry's current kind from decoder threads.
 */
final class RemoteTracks {

    private static final Logger log = LoggerFactory.getLogger(RemoteTracks.class);

    private static final class Entry {
        final MediaStreamTrack track;
        final String mid;
        volatile TrackKind kind;
        VideoTrackSink sink;

        Entry(MediaStreamTrack track, String mid, TrackKind kind) {
            this.track = track;
            this.mid = mid;
            this.kind = kind;
        }
    }

    private final String peerId;
    private final CallListener frames;
    private final BiConsumer<String, TrackKind> ended;
    private final Map<String, Entry> byId = new HashMap<>();
    private Map<String, TrackKind> byMid = Map.of();

    /**
     * @param ended told (on the link thread) when a track goes away, or stops being of a kind
     */
    RemoteTracks(String peerId, CallListener frames, BiConsumer<String, TrackKind> ended) {
        this.peerId = peerId;
        this.frames = frames;
        this.ended = ended;
    }

    /** The remote description changed: each m-section's kind as it names it now. */
    void described(String sdp) {
        byMid = SdpTracks.kinds(sdp);
        for (Entry entry : byId.values()) {
            TrackKind now = entry.mid == null ? null : byMid.get(entry.mid);
            if (now != null && now != entry.kind && entry.sink != null) {
                TrackKind before = entry.kind;
                entry.kind = now;
                log.debug("Track {} from {} now carries {} (was {})", entry.track.getId(), peerId, now, before);
                ended.accept(peerId, before);
            }
        }
    }

    /** A track arrived on the m-section {@code mid} (null when unknown), in stream {@code streamId} (or null). */
    void attach(MediaStreamTrack track, String mid, String streamId) {
        String id = track.getId();
        if (byId.containsKey(id)) {
            return;
        }
        boolean video = MediaStreamTrack.VIDEO_TRACK_KIND.equals(track.getKind());
        TrackKind kind = video ? videoKind(mid, streamId, id) : TrackKind.AUDIO;
        Entry entry = new Entry(track, mid, kind);
        if (video) {
            entry.sink = frame -> deliver(entry, frame);
            ((VideoTrack) track).addSink(entry.sink);
        }
        byId.put(id, entry);
        log.debug("Receiving {} from {} ({}, mid {})", kind, peerId, id, mid);
    }

    void detach(String trackId) {
        Entry entry = byId.remove(trackId);
        if (entry != null) {
            unsink(entry);
            ended.accept(peerId, entry.kind);
        }
    }

    /** Removes every sink; called before the peer connection closes. */
    void detachAll() {
        for (String id : new ArrayList<>(byId.keySet())) {
            unsink(byId.remove(id));
        }
    }

    TrackKind kindOf(String trackId) {
        Entry entry = trackId == null ? null : byId.get(trackId);
        return entry == null ? TrackKind.fromLabel(trackId) : entry.kind;
    }

    List<TrackKind> kinds() {
        return byId.values().stream().map(e -> e.kind).toList();
    }

    private TrackKind videoKind(String mid, String streamId, String trackId) {
        TrackKind kind = mid == null ? null : byMid.get(mid);
        if (kind == null) {
            kind = TrackKind.fromLabel(streamId);
        }
        if (kind == null || kind == TrackKind.AUDIO) {
            kind = TrackKind.fromLabel(trackId);
        }
        return kind == TrackKind.SCREEN ? TrackKind.SCREEN : TrackKind.CAMERA;
    }

    private void unsink(Entry entry) {
        if (entry.sink != null) {
            ((VideoTrack) entry.track).removeSink(entry.sink);
        }
    }

    private void deliver(Entry entry, VideoFrame frame) {
        try {
            frames.onRemoteVideoFrame(peerId, entry.kind, frame);
        } catch (RuntimeException e) {
            log.warn("Video frame listener failed", e);
        } finally {
            frame.release();
        }
    }
}
