package dev.coms.client.ui.scheduler;

import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.TimeFormats;
import dev.coms.client.ui.port.Chime;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds a signed-in host shortly before one of their own meetings starts, while Coms runs: checks every
 * {@link #CHECK} against the server-corrected clock, re-reads the host's meetings every {@link #REFRESH}, and
 * reminds once per meeting. Turned off by the "reminders" setting. FX thread.
 */
public final class Reminders implements AutoCloseable {

    static final Duration LEAD = Duration.ofMinutes(5);
    static final Duration CHECK = Duration.ofSeconds(15);
    static final Duration REFRESH = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final AppServices services;
    private final Navigator navigator;
    private final ZoneId zone;
    private final Consumer<Chime> chimes;
    private final ReadOnlyStringWrapper reminder = new ReadOnlyStringWrapper("");
    private final Set<String> reminded = new HashSet<>();
    private List<HostMeetingView> known = List.of();
    private Instant lastRefresh;
    private HostMeetingView current;
    private AutoCloseable ticking;

    public Reminders(AppServices services, Navigator navigator, ZoneId zone, Consumer<Chime> chimes) {
        this.services = services;
        this.navigator = navigator;
        this.zone = zone;
        this.chimes = chimes;
    }

    /** The reminder to show, e.g. "“Weekly sync” starts at 14:00."; empty when there is none. */
    public ReadOnlyStringProperty reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    public void start() {
        if (ticking == null) {
            ticking = services.ui().every(CHECK, this::check);
            check();
        }
    }

    /** Looks for meetings that start soon (called every {@link #CHECK}). */
    void check() {
        boolean host = services.session().map(UserSession::host).orElse(false);
        if (!host || !services.preferences().reminders()) {
            return;
        }
        MeetingsPort api = services.api();
        Instant now = api.serverClock().instant();
        if (lastRefresh == null || !now.isBefore(lastRefresh.plus(REFRESH))) {
            lastRefresh = now;
            services.ui()
                    .run(
                            api::myMeetings,
                            list -> {
                                known = list;
                                evaluate(api.serverClock().instant());
                            },
                            e -> log.debug("Reminders could not read meetings: {}", e.getMessage()));
        } else {
            evaluate(now);
        }
    }

    private void evaluate(Instant now) {
        for (HostMeetingView m : known) {
            Duration left = Duration.between(now, m.meeting().startsAt());
            boolean upcoming =
                    m.meeting().state() == MeetingState.SCHEDULED || m.meeting().state() == MeetingState.LIVE;
            if (upcoming
                    && left.isPositive()
                    && left.compareTo(LEAD) <= 0
                    && reminded.add(m.meeting().id())) {
                current = m;
                reminder.set("\u201c" + m.meeting().title() + "\u201d starts at "
                        + TimeFormats.time(m.meeting().startsAt(), zone) + ".");
                chimes.accept(Chime.JOIN);
            }
        }
    }

    /** Opens the reminded meeting's card (countdown and Join). */
    public void open() {
        if (current != null) {
            InviteLink.parse(current.inviteLink()).ifPresent(navigator::invite);
        }
        dismiss();
    }

    public void dismiss() {
        reminder.set("");
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
