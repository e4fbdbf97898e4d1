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
 * The tracks received from one peer, by track id, with the kind the peer announced (its stream id) and a sink
 * on each video track that hands frames to the listener and always releases them. Confined to the link thread.
 */
final class RemoteTracks {

    private static final Logger log = LoggerFactory.getLogger(RemoteTracks.class);

    private record Entry(TrackKind kind, MediaStreamTrack track, VideoTrackSink sink) {}

    private final String peerId;
    private final CallListener frames;
    private final BiConsumer<String, TrackKind> ended;
    private final Map<String, Entry> byId = new HashMap<>();

    /**
     * @param ended told (on the link thread) when a track goes away
     */
    RemoteTracks(String peerId, CallListener frames, BiConsumer<String, TrackKind> ended) {
        this.peerId = peerId;
        this.frames = frames;
        this.ended = ended;
    }

    void attach(MediaStreamTrack track, String streamId) {
        String id = track.getId();
        if (byId.containsKey(id)) {
            return;
        }
        boolean video = MediaStreamTrack.VIDEO_TRACK_KIND.equals(track.getKind());
        TrackKind kind = video ? videoKind(streamId, id) : TrackKind.AUDIO;
        VideoTrackSink sink = null;
        if (video) {
            sink = frame -> deliver(kind, frame);
            ((VideoTrack) track).addSink(sink);
        }
        byId.put(id, new Entry(kind, track, sink));
        log.debug("Receiving {} from {} ({})", kind, peerId, id);
    }

    void detach(String trackId) {
        Entry entry = byId.remove(trackId);
        if (entry != null) {
            unsink(entry);
            ended.accept(peerId, entry.kind());
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
        return entry == null ? TrackKind.fromLabel(trackId) : entry.kind();
    }

    List<TrackKind> kinds() {
        return byId.values().stream().map(Entry::kind).toList();
    }

    private static TrackKind videoKind(String streamId, String trackId) {
        TrackKind kind = TrackKind.fromLabel(streamId);
        if (kind == null || kind == TrackKind.AUDIO) {
            kind = TrackKind.fromLabel(trackId);
        }
        return kind == TrackKind.SCREEN ? TrackKind.SCREEN : TrackKind.CAMERA;
    }

    private void unsink(Entry entry) {
        if (entry.sink() != null) {
            ((VideoTrack) entry.track()).removeSink(entry.sink());
        }
    }

    private void deliver(TrackKind kind, VideoFrame frame) {
        try {
            frames.onRemoteVideoFrame(peerId, kind, frame);
        } catch (RuntimeException e) {
            log.warn("Video frame listener failed", e);
        } finally {
            frame.release();
        }
    }
}
