package dev.coms.client.call.media;

/**
 * Switches one native capture source (a camera, the screen) on and off, and disposes it. The binding reports a
 * source that cannot start as {@code java.lang.Error}; this turns it into a {@link MediaUnavailableException} with
 * its {@link MediaProblem}. Thread-safe.
 */
final class Capture {

    private final Runnable start;
    private final Runnable stop;
    private final Runnable dispose;
    private boolean started;

    Capture(Runnable start, Runnable stop, Runnable dispose) {
        this.start = start;
        this.stop = stop;
        this.dispose = dispose;
    }

    /** Starts the source unless it runs; {@code problem} and {@code logMessage} describe a failure. */
    synchronized void start(MediaProblem problem, String logMessage) throws MediaUnavailableException {
        if (started) {
            return;
        }
        try {
            start.run();
            started = true;
        } catch (Throwable e) { // a missing or busy device arrives as java.lang.Error
            throw new MediaUnavailableException(problem, logMessage, e);
        }
    }

    synchronized void stop() {
        if (started) {
            stop.run();
            started = false;
        }
    }

    /** Stops and disposes the source; call after every track using it is disposed. */
    void close() {
        stop();
        dispose.run();
    }
}
