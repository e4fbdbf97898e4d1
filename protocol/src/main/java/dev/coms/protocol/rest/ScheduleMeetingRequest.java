package dev.coms.protocol.rest;

/**
 * {@code POST /api/meetings}: schedule a meeting.
 *
 * @param mode PRIVATE or OPEN
 * @param title short title (1–80 characters)
 * @param topic what the meeting is about (0–500 characters)
 * @param date start date in the host's zone, ISO {@code yyyy-MM-dd}
 * @param time start time in the host's zone, ISO {@code HH:mm}
 * @param zone the host's IANA time-zone id, e.g. {@code Europe/Berlin}
 */
public record ScheduleMeetingRequest(
        MeetingMode mode, String title, String topic, String date, String time, String zone) {}
