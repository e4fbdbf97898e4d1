package dev.coms.server.invites;

import dev.coms.protocol.rest.MeetingView;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An iCalendar (RFC 5545) event for a meeting, attached to invitation emails so it lands in calendars. */
public final class CalendarInvite {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration LENGTH = Duration.ofHours(1);

    private CalendarInvite() {}

    /** The {@code .ics} text (CRLF line ends, folded at 75 octets). */
    public static String of(MeetingView meeting, String description, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Coms//Meetings//EN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + meeting.id() + "@coms");
        line(ics, "DTSTAMP:" + UTC.format(now));
        // Grows with every new copy, so a calendar replaces the event it has when the meeting was moved.
        line(ics, "SEQUENCE:" + now.getEpochSecond() / 60);
        line(ics, "DTSTART:" + UTC.format(meeting.startsAt()));
        line(ics, "DTEND:" + UTC.format(meeting.startsAt().plus(LENGTH)));
        line(ics, "SUMMARY:" + escape(meeting.title()));
        line(ics, "DESCRIPTION:" + escape(description));
        line(ics, "URL:" + meeting.link());
        line(ics, "LOCATION:" + escape(meeting.link()));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Escapes text values: backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("\\", "\\\\")
                        .replace(";", "\\;")
                        .replace(",", "\\,")
                        .replace("\r\n", "\\n")
                        .replace("\n", "\\n")
                        .replace("\r", "\\n");
    }

    /** Appends one content line, folded so no physical line exceeds 75 octets (UTF-8 sequences kept whole). */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
