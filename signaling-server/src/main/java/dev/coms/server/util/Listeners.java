package dev.coms.server.util;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Change listeners that are told in turn, each on its own: one that fails is logged and the others are still told.
 * Thread-safe; listeners run on the thread that calls {@link #fire()}.
 */
public final class Listeners {

    private static final System.Logger log = System.getLogger(Listeners.class.getName());

    private final String what;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @param what what the listeners hear about, for the log ({@code "Meetings change"}) */
    public Listeners(String what) {
        this.what = what;
    }

    public void add(Runnable listener) {
        listeners.add(listener);
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Runs every listener now. */
    public void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what + " listener failed", e);
            }
        }
    }
}
