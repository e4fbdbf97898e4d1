package dev.coms.client.ui.home;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.MeetingJoiner;
import dev.coms.client.ui.TimeFormats;
import dev.coms.client.ui.port.Navigator;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingView;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Home: a greeting, "Join an open meeting" whenever open meetings exist, and, when opened through an invitation
 * link, that meeting's card with a countdown (server-corrected clock, ticking every second) until Join appears.
 * Used on the FX thread; call {@link #close()} when the page goes away.
 */
public final class HomeViewModel implements AutoCloseable {

    /** What the invitation card shows. */
    public enum Status {
        NONE,
        LOADING,
        WAITING,
        OPEN,
        CANCELLED,
        ENDED,
        NOT_FOUND,
        FAILED
    }

    /** How often a waiting card asks the server for changes to its meeting. */
    static final Duration REFRESH = Duration.ofSeconds(15);

    private final AppServices services;
    private final Navigator navigator;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final ReadOnlyObjectWrapper<MeetingView> meeting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper startsLocal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper needsPasscode = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty passcode = new SimpleStringProperty("");
    private final StringProperty linkText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper linkError = new ReadOnlyStringWrapper("");
    private final BooleanBinding openMeetingsExist;
    private MeetingsPort api;
    private AutoCloseable ticking;
    private java.time.Instant fetchedAt;
    private boolean fetching;

    public HomeViewModel(AppServices services, Navigator navigator, ZoneId zone) {
        this.services = services;
        this.navigator = navigator;
        this.zone = zone;
        this.openMeetingsExist = Bindings.isNotEmpty(services.openMeetings().meetingsProperty());
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The invited meeting, or null. */
    public ReadOnlyObjectProperty<MeetingView> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    /** Start in the user's own zone. */
    public ReadOnlyStringProperty startsLocalProperty() {
        return startsLocal.getReadOnlyProperty();
    }

    /** Time left until the meeting opens, e.g. "00:04:59"; empty once it is open. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** What happened, one sentence (cancelled, ended, not found, locked out, wrong passcode…). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsPasscodeProperty() {
        return needsPasscode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty passcodeProperty() {
        return passcode;
    }

    public BooleanBinding openMeetingsExistBinding() {
        return openMeetingsExist;
    }

    /** "Hello, Ada". */
    public String greeting() {
        return services.session().map(s -> "Hello, " + s.displayName()).orElse("Hello");
    }

    /** Loads the invited meeting and starts the countdown. */
    public void showInvite(InviteLink link) {
        stopTicking();
        api = services.apiFor(link.server());
        passcode.set(link.passcode() == null ? "" : link.passcode());
        message.set("");
        meeting.set(null);
        status.set(Status.LOADING);
        services.ui().run(() -> api.meeting(link.meetingId()), this::loaded, this::loadFailed);
    }

    private void loaded(MeetingView view) {
        fetchedAt = api.serverClock().instant();
        meeting.set(view);
        needsPasscode.set(view.mode() == MeetingMode.PRIVATE);
        startsLocal.set(TimeFormats.dateTime(view.startsAt(), zone));
        switch (view.state()) {
            case CANCELLED -> finish(Status.CANCELLED, "This meeting was cancelled by the host.");
            case ENDED -> finish(Status.ENDED, "This meeting has ended.");
            case SCHEDULED, LIVE -> {
                tick();
                if (status.get() == Status.WAITING) {
                    ticking = services.ui().every(Duration.ofSeconds(1), this::tick);
                }
            }
        }
    }

    private void loadFailed(ComsApiException e) {
        if (e.code() == ApiErrorCode.NOT_FOUND) {
            finish(Status.NOT_FOUND, "This meeting does not exist. Check the invitation link.");
        } else {
            finish(Status.FAILED, e.getMessage());
        }
    }

    /** Recomputes the countdown from the server-corrected clock; called every second while waiting. */
    void tick() {
        MeetingView view = meeting.get();
        if (view == null) {
            return;
        }
        Duration left = Duration.between(api.serverClock().instant(), view.startsAt());
        if (left.isPositive()) {
            countdown.set(TimeFormats.countdown(left));
            status.set(Status.WAITING);
            refreshIfStale(view);
        } else {
            countdown.set("");
            status.set(Status.OPEN);
            stopTicking();
        }
    }

    /**
     * While waiting, the card asks the server again every {@link #REFRESH}: a host may move, retitle or cancel the
     * meeting, and the card follows without the user doing anything.
     */
    private void refreshIfStale(MeetingView view) {
        if (fetching
                || fetchedAt == null
                || Duration.between(fetchedAt, api.serverClock().instant()).compareTo(REFRESH) < 0) {
            return;
        }
        fetching = true;
        MeetingsPort from = api;
        services.ui()
                .run(
                        () -> from.meeting(view.id()),
                        fresh -> {
                            fetching = false;
                            if (from == api
                                    && meeting.get() != null
                                    && meeting.get().id().equals(fresh.id())) {
                                stopTicking();
                                loaded(fresh);
                            }
                        },
                        failed -> {
                            fetching = false;
                            fetchedAt = from.serverClock().instant();
                        });
    }

    /** Asks the server for a ticket and enters the meeting room. */
    public void join() {
        MeetingView view = meeting.get();
        if (view == null || status.get() != Status.OPEN || busy.get()) {
            return;
        }
        String code = passcode.get() == null ? "" : passcode.get().trim();
        if (needsPasscode.get() && code.isEmpty()) {
            message.set("Enter the passcode from your invitation.");
            return;
        }
        message.set("");
        busy.set(true);
        new MeetingJoiner(services)
                .join(
                        api,
                        view,
                        code,
                        false,
                        entry -> {
                            busy.set(false);
                            navigator.room(entry);
                        },
                        this::joinFailed);
    }

    private void joinFailed(ComsApiException e) {
        busy.set(false);
        switch (e.code()) {
            case LOCKED_OUT ->
                message.set(e.until()
                        .map(until -> "You cannot join this meeting until " + TimeFormats.time(until, zone) + ".")
                        .orElse(e.getMessage()));
            case MEETING_CANCELLED -> finish(Status.CANCELLED, "This meeting was cancelled by the host.");
            case MEETING_ENDED -> finish(Status.ENDED, "This meeting has ended.");
            case NOT_FOUND -> finish(Status.NOT_FOUND, "This meeting does not exist. Check the invitation link.");
            default -> message.set(e.getMessage());
        }
    }

    /** A pasted invitation link. */
    public StringProperty linkTextProperty() {
        return linkText;
    }

    /** Why the pasted link could not be opened; empty otherwise. */
    public ReadOnlyStringProperty linkErrorProperty() {
        return linkError.getReadOnlyProperty();
    }

    /** Opens a pasted invitation link (either form). */
    public void openLink() {
        Optional<InviteLink> link = InviteLink.parse(linkText.get());
        if (link.isEmpty()) {
            linkError.set("That is not a Coms invitation link. Copy the whole link from your invitation.");
            return;
        }
        linkError.set("");
        linkText.set("");
        navigator.invite(link.get());
    }

    /** Opens the Open Meeting Rooms list. */
    public void browseOpenMeetings() {
        navigator.openMeetings();
    }

    private void finish(Status end, String text) {
        stopTicking();
        countdown.set("");
        status.set(end);
        message.set(text);
    }

    private void stopTicking() {
        if (ticking != null) {
            try {
                ticking.close();
            } catch (Exception ignored) {
                // a timeline stop does not fail
            }
            ticking = null;
        }
    }

    @Override
    public void close() {
        stopTicking();
    }
}
