package dev.coms.server.meetings;

import dev.coms.protocol.rest.ApiError.FieldError;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.http.ApiException;
import dev.coms.server.http.TextFields;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Field-level validation of meeting requests; every problem found is reported at once. */
final class MeetingRequests {

    static final int MAX_TITLE = 80;
    static final int MAX_TOPIC = 500;
    /** How far ahead a meeting may be scheduled. */
    static final int MAX_DAYS_AHEAD = 366;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private MeetingRequests() {}

    /** A validated schedule request. */
    record Schedule(MeetingMode mode, String title, String topic, Instant startsAt, String zone) {}

    static Schedule validate(ScheduleMeetingRequest r, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (r.mode() == null) {
            errors.add(new FieldError("mode", "Choose PRIVATE or OPEN."));
        }
        String title = title(r.title(), errors);
        String topic = topic(r.topic(), false, errors);
        LocalDate date = parse(r.date(), DATE, "date", "Enter the date as yyyy-MM-dd.", errors, LocalDate::from);
        LocalTime time = parse(r.time(), TIME, "time", "Enter the time as HH:mm (24 hours).", errors, LocalTime::from);
        ZoneId zone = zone(r.zone(), true, errors);
        Instant startsAt = null;
        if (date != null && time != null && zone != null) {
            startsAt = ZonedDateTime.of(date, time, zone).toInstant();
            if (startsAt.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
                errors.add(new FieldError("date", "The start is in the past; pick a later date or time."));
            } else if (startsAt.isAfter(now.plus(MAX_DAYS_AHEAD, ChronoUnit.DAYS))) {
                errors.add(new FieldError("date", "Meetings can be scheduled at most a year ahead."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new Schedule(r.mode(), title, topic, startsAt, zone.getId());
    }

    /** A validated edit of a meeting in {@code mode}: as a new schedule, but the mode (if given) must stay. */
    static Schedule validateEdit(ScheduleMeetingRequest r, MeetingMode mode, Instant now) {
        if (r.mode() != null && r.mode() != mode) {
            throw ApiException.validation(List.of(
                    new FieldError("mode", "A meeting's mode cannot change; cancel it and schedule a new one.")));
        }
        return validate(new ScheduleMeetingRequest(mode, r.title(), r.topic(), r.date(), r.time(), r.zone()), now);
    }

    /** A validated start-now request; the title defaults to the start of the topic. */
    static Schedule validate(StartOpenMeetingRequest r, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String topic = topic(r.topic(), true, errors);
        String title = r.title() == null || r.title().isBlank() ? shorten(topic) : title(r.title(), errors);
        ZoneId zone = zone(r.zone(), false, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new Schedule(MeetingMode.OPEN, title, topic, now, zone == null ? "UTC" : zone.getId());
    }

    private static String title(String raw, List<FieldError> errors) {
        return TextFields.line(raw, "title", "a title", 1, MAX_TITLE, errors);
    }

    private static String topic(String raw, boolean required, List<FieldError> errors) {
        if (required && TextFields.blank(TextFields.normalise(raw))) {
            errors.add(new FieldError("topic", "Say in a few words what the meeting is about."));
            return "";
        }
        return TextFields.line(raw, "topic", "the topic", 0, MAX_TOPIC, errors);
    }

    private static ZoneId zone(String raw, boolean required, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(new FieldError("zone", "Give the time zone, e.g. Europe/Berlin."));
            }
            return null;
        }
        if (!ZONES.contains(raw.strip())) {
            errors.add(new FieldError("zone", "Unknown time zone; use an IANA id such as Europe/Berlin."));
            return null;
        }
        return ZoneId.of(raw.strip());
    }

    private static <T> T parse(
            String raw,
            DateTimeFormatter format,
            String field,
            String message,
            List<FieldError> errors,
            TemporalQuery<T> query) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, message));
            return null;
        }
        try {
            return format.parse(raw.strip(), query);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    private static String shorten(String topic) {
        if (TextFields.length(topic) <= MAX_TITLE) {
            return topic;
        }
        return topic.substring(0, topic.offsetByCodePoints(0, MAX_TITLE - 1)).strip() + "…";
    }
}
