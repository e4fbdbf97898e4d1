package dev.coms.client.call.media;

/** What audio and video inputs have in common: a name, start/stop, and native resources to close. */
public interface MediaInput extends AutoCloseable {

    /** Human-readable name, e.g. the device name. */
    String label();

    /** Starts producing media. */
    void start() throws MediaUnavailableException;

    /** Stops producing media (the device is released); {@link #start()} may follow. */
    void stop();

    /** Disposes the native source; call after every track using it is disposed. */
    @Override
    void close();
}
