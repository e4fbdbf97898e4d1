package dev.coms.client.ui.scheduler;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The New meeting form, also used to Edit a scheduled one: Private or Open (fixed when editing), short title,
 * topic, date, time and time zone (the device's by default, searchable). FX thread.
 */
public final class NewMeetingViewModel {

    static final int MAX_TITLE = 80;
    static final int MAX_TOPIC = 500;

    private final AppServices services;
    private final Clock deviceClock;
    private final Consumer<HostMeetingView> saved;
    private final ObjectProperty<MeetingMode> mode = new SimpleObjectProperty<>(MeetingMode.PRIVATE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty();
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final StringProperty zoneSearch = new SimpleStringProperty("");
    private final ReadOnlyListWrapper<ZoneId> zoneMatches =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final TimeZones timeZones;
    private final HostMeetingView editing;

    NewMeetingViewModel(AppServices services, ZoneId deviceZone, Clock deviceClock, Consumer<HostMeetingView> saved) {
        this(services, deviceZone, deviceClock, saved, null);
    }

    /** With {@code editing} non-null the form starts from that meeting and Save moves it. */
    NewMeetingViewModel(
            AppServices services,
            ZoneId deviceZone,
            Clock deviceClock,
            Consumer<HostMeetingView> saved,
            HostMeetingView editing) {
        this.services = services;
        this.deviceClock = deviceClock;
        this.saved = saved;
        this.editing = editing;
        this.timeZones = new TimeZones(deviceZone, deviceClock.instant());
        if (editing == null) {
            ZonedDateTime nextHour = deviceClock
                    .instant()
                    .atZone(deviceZone)
                    .truncatedTo(ChronoUnit.HOURS)
                    .plusHours(1);
            date.set(nextHour.toLocalDate());
            time.set(String.format("%02d:00", nextHour.getHour()));
            zone.set(deviceZone);
        } else {
            MeetingView m = editing.meeting();
            ZonedDateTime start = m.startsAt().atZone(ZoneId.of(m.hostZone()));
            mode.set(m.mode());
            title.set(m.title());
            topic.set(m.topic() == null ? "" : m.topic());
            date.set(start.toLocalDate());
            time.set(String.format("%02d:%02d", start.getHour(), start.getMinute()));
            zone.set(start.getZone());
        }
        zoneMatches.setAll(timeZones.all());
        zoneSearch.addListener((o, old, now) -> zoneMatches.setAll(timeZones.search(now)));
    }

    /** True when the form edits an existing meeting (its mode then stays). */
    public boolean editing() {
        return editing != null;
    }

    /** What the user types to find a zone: a city, a country or an offset such as "+1" or "UTC-05:00". */
    public StringProperty zoneSearchProperty() {
        return zoneSearch;
    }

    /** The zones matching {@link #zoneSearchProperty()}, the device's first. */
    public ReadOnlyListProperty<ZoneId> zoneMatchesProperty() {
        return zoneMatches.getReadOnlyProperty();
    }

    public ObjectProperty<MeetingMode> modeProperty() {
        return mode;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Start time as {@code HH:mm}. */
    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the meeting is saved (the dialog then closes). */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Every zone on offer, the device's first. */
    public List<ZoneId> zones() {
        return timeZones.all();
    }

    /** "UTC+01:00 Berlin (Germany)". */
    public String zoneLabel(ZoneId z) {
        return timeZones.label(z);
    }

    public void save() {
        String t = title.get() == null ? "" : title.get().trim();
        String about = topic.get() == null ? "" : topic.get().trim();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            error.set("Enter a title of 1 to " + MAX_TITLE + " characters.");
            return;
        }
        if (about.length() > MAX_TOPIC) {
            error.set("Keep the topic under " + MAX_TOPIC + " characters.");
            return;
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time.get() == null ? "" : time.get().trim());
        } catch (DateTimeParseException e) {
            error.set("Enter the time as hours and minutes, for example 14:30.");
            return;
        }
        if (date.get() == null || zone.get() == null) {
            error.set("Choose a date and a time zone.");
            return;
        }
        Instant start = ZonedDateTime.of(date.get(), at, zone.get()).toInstant();
        MeetingsPort api = services.api();
        if (!start.isAfter(api.serverClock().instant())) {
            error.set("Choose a start time in the future.");
            return;
        }
        ScheduleMeetingRequest request = new ScheduleMeetingRequest(
                mode.get(),
                t,
                about,
                date.get().toString(),
                at.toString(),
                zone.get().getId());
        error.set("");
        busy.set(true);
        String id = editing == null ? null : editing.meeting().id();
        services.ui()
                .run(
                        () -> id == null ? api.schedule(request) : api.reschedule(id, request),
                        created -> {
                            busy.set(false);
                            done.set(true);
                            saved.accept(created);
                        },
                        this::failed);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        error.set(e.getMessage());
    }
}
