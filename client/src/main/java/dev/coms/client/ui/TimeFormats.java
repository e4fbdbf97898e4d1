package dev.coms.client.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How Coms writes times for people: in their own zone, with the zone named. */
public final class TimeFormats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private TimeFormats() {}

    /** "Tue 25 Nov 2026, 14:00 CET" (the zone's abbreviation at that instant, e.g. CEST in summer). */
    public static String dateTime(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        String name = zone.equals(ZoneOffset.UTC) ? "UTC" : ZONE.format(at);
        return DATE_TIME.format(at) + " " + name;
    }

    /** "14:00". */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** "2 days 03:04:05", "03:04:05", "00:00:09"; zero for negative durations. */
    public static String countdown(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        long days = seconds / 86_400;
        String clock =
                String.format(Locale.ROOT, "%02d:%02d:%02d", (seconds / 3600) % 24, (seconds / 60) % 60, seconds % 60);
        if (days == 0) {
            return clock;
        }
        return days + (days == 1 ? " day " : " days ") + clock;
    }

    /** A medium localised date for lists. */
    public static String date(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)
                .format(instant.atZone(zone));
    }
}
