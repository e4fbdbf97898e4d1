package dev.coms.client.ui;

import dev.coms.client.signaling.MeetingsPort;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live list of open meetings on the current server, shared by Home and Open Meeting Rooms. Follows
 * {@code WS /ws/open-meetings}; when the feed drops it reconnects after a pause that doubles up to a minute (and
 * starts again at five seconds once an update arrives). State changes on the FX thread.
 */
public final class OpenMeetingsList {

    static final Duration RETRY = Duration.ofSeconds(5);
    static final Duration MAX_RETRY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(OpenMeetingsList.class);

    private final UiExecutor ui;
    private final ReadOnlyListWrapper<MeetingView> meetings =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private MeetingsPort api;
    private AutoCloseable watch;
    private AutoCloseable retry;
    private long generation;
    private Duration nextRetry = RETRY;

    public OpenMeetingsList(UiExecutor ui) {
        this.ui = ui;
    }

    /** Open meetings, live or scheduled, in start order. */
    public ReadOnlyListProperty<MeetingView> meetingsProperty() {
        return meetings.getReadOnlyProperty();
    }

    /** False while the list may be stale because the feed is reconnecting. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** Follows {@code server}'s list from now on (stops following the previous one). */
    public void follow(MeetingsPort server) {
        stop();
        nextRetry = RETRY;
        meetings.clear();
        api = server;
        connect();
    }

    public void stop() {
        generation++;
        closeQuietly(watch);
        closeQuietly(retry);
        watch = null;
        retry = null;
        connected.set(false);
    }

    private void connect() {
        long mine = ++generation;
        watch = api.watchOpenMeetings(update -> ui.onUi(() -> apply(mine, update)), () -> ui.onUi(() -> lost(mine)));
    }

    private void apply(long mine, OpenMeetingsUpdate update) {
        if (mine == generation) {
            connected.set(true);
            nextRetry = RETRY;
            meetings.setAll(update.meetings());
        }
    }

    private void lost(long mine) {
        if (mine != generation) {
            return;
        }
        connected.set(false);
        Duration delay = nextRetry;
        nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
        log.debug("Open meetings feed lost; retrying in {}", delay);
        retry = ui.after(delay, () -> {
            if (mine == generation) {
                connect();
            }
        });
    }

    private static void closeQuietly(AutoCloseable handle) {
        if (handle == null) {
            return;
        }
        try {
            handle.close();
        } catch (Exception e) {
            log.debug("Closing feed handle", e);
        }
    }
}
