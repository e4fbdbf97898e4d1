package dev.coms.client.ui.scheduler;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.TimeFormats;
import dev.coms.client.ui.port.Navigator;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingState;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/** Meeting Scheduler: the host's live and future meetings, New, Cancel, Copy Link, Send Link. FX thread. */
public final class SchedulerViewModel {

    private final AppServices services;
    private final Navigator navigator;
    private final ZoneId zone;
    private final Clock deviceClock;
    private final ReadOnlyListWrapper<HostMeetingView> meetings =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadFailed = new ReadOnlyBooleanWrapper();

    public SchedulerViewModel(AppServices services, Navigator navigator, ZoneId zone, Clock deviceClock) {
        this.services = services;
        this.navigator = navigator;
        this.zone = zone;
        this.deviceClock = deviceClock;
    }

    /** Live and future meetings, in start order. */
    public ReadOnlyListProperty<HostMeetingView> meetingsProperty() {
        return meetings.getReadOnlyProperty();
    }

    /** The last outcome ("Link copied.") or problem, one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the list could not be loaded (so "no meetings" would be untrue); {@link #refresh} retries. */
    public ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed.getReadOnlyProperty();
    }

    public void refresh() {
        MeetingsPort api = services.api();
        loading.set(true);
        services.ui().run(api::myMeetings, list -> {
            loading.set(false);
            loadFailed.set(false);
            message.set("");
            meetings.setAll(visible(list));
        }, e -> {
            loadFailed.set(true);
            failed(e);
        });
    }

    /** The start in the user's own zone. */
    public String startText(HostMeetingView m) {
        return TimeFormats.dateTime(m.meeting().startsAt(), zone);
    }

    /** "Private", "Open", "Live now"… */
    public String stateText(HostMeetingView m) {
        String mode = switch (m.meeting().mode()) {
            case PRIVATE -> "Private";
            case OPEN -> "Open";
        };
        return m.meeting().state() == MeetingState.LIVE ? mode + " · live now" : mode;
    }

    /** A new, empty form for the New meeting dialog. */
    public NewMeetingViewModel newMeeting() {
        return new NewMeetingViewModel(services, zone, deviceClock, this::added);
    }

    /** The invitation dialog for one meeting. */
    public SendLinkViewModel sendLink(HostMeetingView m) {
        return new SendLinkViewModel(services, m);
    }

    /** Puts the meeting's invitation link (with the passcode for private meetings) on the clipboard. */
    public void copyLink(HostMeetingView m) {
        services.desktop().copy(m.inviteLink());
        message.set("Link for \u201c" + m.meeting().title() + "\u201d copied.");
    }

    /** Opens the meeting's card (countdown, then Join) as the invited see it. */
    public void open(HostMeetingView m) {
        InviteLink.parse(m.inviteLink()).ifPresentOrElse(navigator::invite,
                () -> message.set("This meeting's link could not be opened."));
    }

    /** Cancels a meeting; the View asks for confirmation first. */
    public void cancel(HostMeetingView m) {
        MeetingsPort api = services.api();
        services.ui().run(() -> api.cancel(m.meeting().id()), cancelled -> {
            meetings.remove(m);
            message.set("\u201c" + m.meeting().title() + "\u201d was cancelled.");
        }, this::failed);
    }

    private void added(HostMeetingView created) {
        meetings.add(created);
        FXCollections.sort(meetings, Comparator.comparing(h -> h.meeting().startsAt()));
        message.set("\u201c" + created.meeting().title() + "\u201d is scheduled.");
    }

    private static List<HostMeetingView> visible(List<HostMeetingView> list) {
        return list.stream()
                .filter(h -> h.meeting().state() == MeetingState.SCHEDULED || h.meeting().state() == MeetingState.LIVE)
                .sorted(Comparator.comparing(h -> h.meeting().startsAt()))
                .toList();
    }

    private void failed(ComsApiException e) {
        loading.set(false);
        message.set(e.getMessage());
    }
}
