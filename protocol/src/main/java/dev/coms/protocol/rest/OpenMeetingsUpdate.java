package dev.coms.protocol.rest;

import java.time.Instant;
import java.util.List;

/**
 * Pushed on {@code /ws/open-meetings} when connecting and after every change, and returned by
 * {@code GET /api/meetings/open}: every open meeting that is live or scheduled in the future, in start order.
 */
public record OpenMeetingsUpdate(List<MeetingView> meetings, Instant serverTime) {

    public OpenMeetingsUpdate {
        meetings = List.copyOf(meetings);
    }
}
