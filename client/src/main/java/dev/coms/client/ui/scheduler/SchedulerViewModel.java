package dev.coms.client.ui.scheduler;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.MeetingJoiner;
import dev.coms.client.ui.TimeFormats;
import dev.coms.client.ui.port.Navigator;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Meeting Scheduler: the host's live and future meetings, New, Cancel, Copy Link, Send Link. FX thread. */
public final class SchedulerViewModel {

    private static final Logger log = LoggerFactory.getLogger(SchedulerViewModel.class);

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
        services.ui()
                .run(
                        api::myMeetings,
                        list -> {
                            loading.set(false);
                            loadFailed.set(false);
                            message.set("");
                            meetings.setAll(visible(list));
                        },
                        e -> {
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

    /** The Edit form for a meeting that has not started; Save moves it and the list shows the new time. */
    public NewMeetingViewModel edit(HostMeetingView m) {
        return new NewMeetingViewModel(services, zone, deviceClock, this::updated, m);
    }

    /** A meeting can be moved until its start. */
    public boolean editable(HostMeetingView m) {
        return m.meeting().state() == MeetingState.SCHEDULED;
    }

    /** "starts in 2 h 5 min", "starts in 3 days", "live now" — by the server's clock. */
    public String startsInText(HostMeetingView m) {
        if (m.meeting().state() == MeetingState.LIVE) {
            return "live now";
        }
        Duration left = Duration.between(
                services.api().serverClock().instant(), m.meeting().startsAt());
        if (left.isNegative() || left.isZero()) {
            return "starting now";
        }
        long minutes = left.plusSeconds(59).toMinutes();
        if (minutes < 60) {
            return "starts in " + minutes + " min";
        }
        if (minutes < 48 * 60) {
            long hours = minutes / 60;
            return "starts in " + hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return "starts in " + left.toDays() + " days";
    }

    /** Saves the host's calendar file (with link and passcode) to the Downloads folder. */
    public void addToCalendar(HostMeetingView m) {
        MeetingsPort api = services.api();
        Path folder = services.desktop().downloads();
        String name = m.meeting().title().replaceAll("[^\\p{L}\\p{N} _-]", "").trim();
        Path file = folder.resolve((name.isEmpty() ? m.meeting().id() : name) + ".ics");
        services.ui()
                .run(
                        () -> {
                            byte[] ics = api.calendar(m.meeting().id());
                            try {
                                Files.createDirectories(folder);
                                Files.write(file, ics);
                            } catch (IOException e) {
                                log.warn("Could not save {}: {}", file, e.toString());
                                throw new ComsApiException(
                                        ApiErrorCode.UNKNOWN,
                                        0,
                                        "The calendar file could not be saved in " + folder + ".",
                                        null);
                            }
                            return file;
                        },
                        saved -> {
                            services.desktop().open(saved.toUri());
                            message.set("Saved " + saved.getFileName() + " in " + folder.getFileName()
                                    + ". Open it to add the meeting to your calendar.");
                        },
                        this::failed);
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

    /** The host's own Open: straight into the room as host, up to 10 minutes before the start. */
    public void open(HostMeetingView m) {
        new MeetingJoiner(services).openAsHost(m, zone, navigator::room, message::set);
    }

    /** Cancels a meeting; the View asks for confirmation first. */
    public void cancel(HostMeetingView m) {
        MeetingsPort api = services.api();
        services.ui()
                .run(
                        () -> api.cancel(m.meeting().id()),
                        cancelled -> {
                            meetings.remove(m);
                            message.set("\u201c" + m.meeting().title() + "\u201d was cancelled.");
                        },
                        this::failed);
    }

    private void updated(HostMeetingView moved) {
        meetings.replaceAll(h -> h.meeting().id().equals(moved.meeting().id()) ? moved : h);
        FXCollections.sort(meetings, Comparator.comparing(h -> h.meeting().startsAt()));
        message.set("\u201c" + moved.meeting().title() + "\u201d now starts " + startText(moved) + ".");
    }

    private void added(HostMeetingView created) {
        meetings.add(created);
        FXCollections.sort(meetings, Comparator.comparing(h -> h.meeting().startsAt()));
        message.set("\u201c" + created.meeting().title() + "\u201d is scheduled.");
    }

    private static List<HostMeetingView> visible(List<HostMeetingView> list) {
        return list.stream()
                .filter(h -> h.meeting().state() == MeetingState.SCHEDULED
                        || h.meeting().state() == MeetingState.LIVE)
                .sorted(Comparator.comparing(h -> h.meeting().startsAt()))
                .toList();
    }

    private void failed(ComsApiException e) {
        loading.set(false);
        message.set(e.getMessage());
    }
}
