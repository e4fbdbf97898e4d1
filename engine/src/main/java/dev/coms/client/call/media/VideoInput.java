package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.video.VideoTrackSource;

/**
 * Something that produces local video (a camera, a screen, a test pattern) into a WebRTC source. Created
 * stopped; {@link #close()} disposes the native source and must come after every track using it is disposed.
 * Implementations are thread-safe.
 */
public interface VideoInput extends MediaInput {

    /** The source to create a track from. */
    VideoTrackSource source();
}
