package dev.coms.client.ui;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.protocol.rest.ApiErrorCode;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gateway between background work and the FX thread. ViewModels run blocking calls with
 * {@link #run(Supplier, Consumer, Consumer)} and get their results back on the UI thread; engine and network
 * callbacks post with {@link #onUi(Runnable)} and never touch observable state themselves. Tests build one with
 * direct executors and a manual {@link Ticker} so that no stage and no real time is needed.
 */
public final class UiExecutor {

    private static final Logger log = LoggerFactory.getLogger(UiExecutor.class);

    /** Repeats or delays work on the UI thread. */
    public interface Ticker {
        /** Runs {@code task} on the UI thread every {@code period} until the handle is closed. */
        AutoCloseable every(Duration period, Runnable task);

        /** Runs {@code task} once on the UI thread after {@code delay}, unless the handle is closed first. */
        AutoCloseable after(Duration delay, Runnable task);
    }

    private final Executor ui;
    private final Executor background;
    private final Ticker ticker;

    public UiExecutor(Executor ui, Executor background, Ticker ticker) {
        this.ui = ui;
        this.background = background;
        this.ticker = ticker;
    }

    /** The production executor: JavaFX application thread, virtual threads, JavaFX timelines. */
    public static UiExecutor fx() {
        return new UiExecutor(
                Platform::runLater, task -> Thread.ofVirtual().name("coms-io").start(task), new FxTicker());
    }

    /** Posts {@code task} to the UI thread. Safe from any thread; never blocks. */
    public void onUi(Runnable task) {
        ui.execute(task);
    }

    /**
     * Runs blocking {@code work} in the background, then {@code done} or {@code failed} on the UI thread. Unexpected
     * exceptions are logged and reported as one short sentence.
     */
    public <T> void run(Supplier<T> work, Consumer<? super T> done, Consumer<ComsApiException> failed) {
        background.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> done.accept(result));
            } catch (ComsApiException e) {
                ui.execute(() -> failed.accept(e));
            } catch (RuntimeException e) {
                log.error("Background task failed", e);
                ComsApiException shown =
                        new ComsApiException(ApiErrorCode.INTERNAL, 0, "Something went wrong. Please try again.", null);
                ui.execute(() -> failed.accept(shown));
            }
        });
    }

    /** See {@link Ticker#every}. */
    public AutoCloseable every(Duration period, Runnable task) {
        return ticker.every(period, task);
    }

    /** See {@link Ticker#after}. */
    public AutoCloseable after(Duration delay, Runnable task) {
        return ticker.after(delay, task);
    }

    /** Timelines run on the FX thread, so ticks need no further hand-off. Call from the FX thread. */
    private static final class FxTicker implements Ticker {
        @Override
        public AutoCloseable every(Duration period, Runnable task) {
            Timeline timeline =
                    new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> task.run()));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
            return timeline::stop;
        }

        @Override
        public AutoCloseable after(Duration delay, Runnable task) {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> task.run());
            pause.play();
            return pause::stop;
        }
    }
}
