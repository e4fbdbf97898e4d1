package dev.coms.client.ui.scheduler;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The New meeting form: Private or Open, short title, topic, date, time and time zone (the device's by default).
 * FX thread.
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

    NewMeetingViewModel(AppServices services, ZoneId deviceZone, Clock deviceClock,
            Consumer<HostMeetingView> saved) {
        this.services = services;
        this.deviceClock = deviceClock;
        this.saved = saved;
        ZonedDateTime nextHour = deviceClock.instant().atZone(deviceZone)
                .truncatedTo(ChronoUnit.HOURS).plusHours(1);
        date.set(nextHour.toLocalDate());
        time.set(String.format("%02d:00", nextHour.getHour()));
        zone.set(deviceZone);
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

    /** Zones to choose from, ordered by their offset now; the device's is among them. */
    public List<ZoneId> zones() {
        Instant now = deviceClock.instant();
        return Stream.concat(ZoneId.getAvailableZoneIds().stream()
                        .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
                        .map(ZoneId::of), Stream.of(zone.get()))
                .distinct()
                .sorted(Comparator.comparing((ZoneId z) -> z.getRules().getOffset(now)).reversed()
                        .thenComparing(ZoneId::getId))
                .toList();
    }

    /** "UTC+01:00  Europe/Berlin". */
    public String zoneLabel(ZoneId z) {
        String offset = z.getRules().getOffset(deviceClock.instant()).getId();
        return "UTC" + ("Z".equals(offset) ? "+00:00" : offset) + "  " + z.getId();
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
        ScheduleMeetingRequest request = new ScheduleMeetingRequest(mode.get(), t, about, date.get().toString(),
                at.toString(), zone.get().getId());
        error.set("");
        busy.set(true);
        services.ui().run(() -> api.schedule(request), created -> {
            busy.set(false);
            done.set(true);
            saved.accept(created);
        }, this::failed);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        error.set(e.getMessage());
    }
}
