package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.audio.AudioTrackSource;

/**
 * Something that produces local audio (the microphone via the audio module, or a synthetic tone). Created
 * stopped; {@link #close()} disposes the native source after every track using it is disposed. Thread-safe.
 */
public interface AudioInput extends MediaInput {

    /** The source to create a track from. */
    AudioTrackSource source();
}
