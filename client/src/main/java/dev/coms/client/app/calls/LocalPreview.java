package dev.coms.client.app.calls;

import dev.coms.client.ui.port.FrameSink;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrack;
import dev.onvoid.webrtc.media.video.VideoTrackSink;

/**
 * The user's own camera shown on their tile: a sink on the local camera track that converts each frame into the
 * tile's {@link FrameSink} and always releases it. The tile may come before or after the track exists; frames
 * flow once both are there.
 *
 * <p>Threading: frames arrive on the capturer's thread; the other methods may be called from any thread. Call
 * {@link #unplug()} before the track is disposed.
 */
final class LocalPreview implements VideoTrackSink {

    private final Object drawing = new Object(); // never held while calling into the track (no lock cycle)
    private volatile FrameSink target;
    private VideoTrack track;

    /** Shows frames in {@code sink} from now on (null: stop showing them). */
    void show(FrameSink sink) {
        target = sink;
    }

    /** Starts receiving frames from {@code camera} (a video track, or null when there is no camera). */
    synchronized void plug(MediaStreamTrack camera) {
        if (track == null && camera instanceof VideoTrack video) {
            video.addSink(this);
            track = video;
        }
    }

    /** Stops receiving frames; safe to call more than once. */
    synchronized void unplug() {
        if (track != null) {
            track.removeSink(this);
            track = null;
        }
        target = null;
    }

    @Override
    public void onVideoFrame(VideoFrame frame) {
        try {
            FrameSink sink = target;
            if (sink != null) {
                synchronized (drawing) {
                    VideoRoutes.Route.draw(sink, frame);
                }
            }
        } finally {
            frame.release();
        }
    }
}
