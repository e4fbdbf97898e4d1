package dev.coms.client.ui.home;

import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.MeetingJoiner;
import dev.coms.client.ui.TimeFormats;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingState;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Home's card for hosts: their next meeting (live or scheduled) with a way straight to its countdown and Join, or,
 * without one, the ways to make one. Guests never see it. FX thread.
 */
public final class NextMeetingViewModel {

    private final AppServices services;
    private final Navigator navigator;
    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<HostMeetingView> next = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public NextMeetingViewModel(AppServices services, Navigator navigator, ZoneId zone) {
        this.services = services;
        this.navigator = navigator;
        this.zone = zone;
    }

    /** Whether the card shows at all: only for a signed-in host, once their meetings are known. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The host's next live or scheduled meeting, or null when there is none. */
    public ReadOnlyObjectProperty<HostMeetingView> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** Asks the server for the host's meetings; a failure leaves the card hidden (the scheduler reports errors). */
    public void load() {
        if (!services.session().map(UserSession::host).orElse(false)) {
            return;
        }
        MeetingsPort api = services.api();
        services.ui()
                .run(
                        api::myMeetings,
                        list -> {
                            next.set(first(list));
                            shown.set(true);
                        },
                        failed -> shown.set(false));
    }

    /** "Live now" or the start in the user's own zone. */
    public String whenText(HostMeetingView m) {
        return m.meeting().state() == MeetingState.LIVE
                ? "Live now"
                : TimeFormats.dateTime(m.meeting().startsAt(), zone);
    }

    /** Opens the host's next meeting: straight into the room, up to 10 minutes before the start. */
    public void open() {
        HostMeetingView m = next.get();
        if (m != null) {
            new MeetingJoiner(services).openAsHost(m, zone, navigator::room, problem::set);
        }
    }

    /** Why Open did not enter the room (too early, cancelled…); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void schedule() {
        navigator.scheduler();
    }

    public void startOpenMeeting() {
        navigator.startOpenMeeting();
    }

    private static HostMeetingView first(List<HostMeetingView> meetings) {
        return meetings.stream()
                .filter(h ->
                        h.meeting().state() == MeetingState.LIVE || h.meeting().state() == MeetingState.SCHEDULED)
                .min(Comparator.comparing(h -> h.meeting().startsAt()))
                .orElse(null);
    }
}
