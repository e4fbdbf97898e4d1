package dev.coms.client.ui.testing;

import dev.coms.client.ui.UiExecutor.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs periodic and delayed UI work only when the test says so. */
public final class ManualTicker implements Ticker {

    private final List<Runnable> periodic = new ArrayList<>();
    private final List<Runnable> delayed = new ArrayList<>();
    /** Every delay asked for, in order. */
    public final List<Duration> delays = new ArrayList<>();

    @Override
    public AutoCloseable every(Duration period, Runnable task) {
        periodic.add(task);
        return () -> periodic.remove(task);
    }

    @Override
    public AutoCloseable after(Duration delay, Runnable task) {
        delays.add(delay);
        delayed.add(task);
        return () -> delayed.remove(task);
    }

    /** One tick of every running periodic task. */
    public void tick() {
        List.copyOf(periodic).forEach(Runnable::run);
    }

    /** Runs the delayed tasks that are due (all of them). */
    public void runDelayed() {
        List<Runnable> due = List.copyOf(delayed);
        delayed.clear();
        due.forEach(Runnable::run);
    }

    public int running() {
        return periodic.size();
    }
}
