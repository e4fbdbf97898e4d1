package dev.coms.client.ui.signin;

import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.TimeFormats;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import java.time.Duration;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The meeting a brand-new user was invited to, shown on the sign-in page before anything else: title, topic, host,
 * start in the user's zone and a countdown by the server's clock. FX thread; {@link #close()} stops the countdown.
 */
public final class InvitationPreview implements AutoCloseable {

    private final InviteLink link;
    private final ZoneId zone;
    private final MeetingsPort api;
    private final AppServices services;
    private final ReadOnlyObjectWrapper<MeetingView> meeting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper when = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private AutoCloseable ticking;

    InvitationPreview(AppServices services, InviteLink link, ZoneId zone) {
        this.services = services;
        this.link = link;
        this.zone = zone;
        this.api = services.apiFor(link.server());
    }

    public InviteLink link() {
        return link;
    }

    /** The invited meeting once loaded, else null. */
    public ReadOnlyObjectProperty<MeetingView> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    /** "Starts Fri 1 Mar 2030, 10:00 CET" in the user's own zone. */
    public ReadOnlyStringProperty whenProperty() {
        return when.getReadOnlyProperty();
    }

    /** "Starts in 00:04:59", "Running now", or empty. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** Why the meeting could not be shown (no such meeting, cancelled…); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void load() {
        services.ui()
                .run(
                        () -> api.meeting(link.meetingId()),
                        view -> {
                            meeting.set(view);
                            when.set((view.state() == MeetingState.LIVE ? "Started " : "Starts ")
                                    + TimeFormats.dateTime(view.startsAt(), zone));
                            switch (view.state()) {
                                case CANCELLED -> problem.set("This meeting was cancelled by the host.");
                                case ENDED -> problem.set("This meeting has ended.");
                                case SCHEDULED, LIVE -> {
                                    tick();
                                    ticking = services.ui().every(Duration.ofSeconds(1), this::tick);
                                }
                            }
                        },
                        e -> problem.set(e.getMessage()));
    }

    void tick() {
        MeetingView view = meeting.get();
        Duration left = Duration.between(api.serverClock().instant(), view.startsAt());
        countdown.set(left.isPositive() ? "Starts in " + TimeFormats.countdown(left) : "Running now");
    }

    @Override
    public void close() {
        if (ticking != null) {
            try {
                ticking.close();
            } catch (Exception ignored) {
                // a timeline stop does not fail
            }
            ticking = null;
        }
    }
}
