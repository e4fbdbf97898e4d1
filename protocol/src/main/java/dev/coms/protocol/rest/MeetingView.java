package dev.coms.protocol.rest;

import java.time.Instant;

/**
 * The public view of a meeting: everything a client needs for the home page and countdown, never the passcode.
 *
 * @param startsAt the start instant (clients show it in their own zone)
 * @param hostZone the host's IANA zone id
 * @param participants how many people are in the live room now
 * @param link the https invitation link (without passcode)
 * @param appLink the {@code coms://} invitation link (without passcode)
 */
public record MeetingView(
        String id,
        MeetingMode mode,
        String title,
        String topic,
        String hostName,
        Instant startsAt,
        String hostZone,
        MeetingState state,
        int participants,
        String link,
        String appLink) {}
