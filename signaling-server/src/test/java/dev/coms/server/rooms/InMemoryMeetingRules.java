package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.meetings.MeetingRules;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe meeting rules kept in memory, standing in for the database-backed ones in room tests. */
final class InMemoryMeetingRules implements MeetingRules {

    private final Map<String, MeetingView> meetings = new ConcurrentHashMap<>();
    private final Set<String> bans = ConcurrentHashMap.newKeySet();
    final Set<String> endedCalls = ConcurrentHashMap.newKeySet();

    /** Adds a live meeting. */
    void live(String meetingId) {
        meetings.put(meetingId, view(meetingId, MeetingState.LIVE));
    }

    void scheduled(String meetingId) {
        meetings.put(meetingId, view(meetingId, MeetingState.SCHEDULED));
    }

    private static MeetingView view(String id, MeetingState state) {
        return new MeetingView(id, MeetingMode.PRIVATE, "Weekly sync " + id, "Plans", "Hana Host",
                Instant.parse("2030-01-01T10:00:00Z"), "Europe/Berlin", state, 0,
                "http://localhost/m/" + id, "coms://meeting/" + id);
    }

    @Override
    public Optional<MeetingView> meeting(String meetingId) {
        return Optional.ofNullable(meetings.get(meetingId));
    }

    @Override
    public void meetingEnded(String meetingId) {
        endedCalls.add(meetingId);
        meetings.computeIfPresent(meetingId, (id, v) -> view(id, MeetingState.ENDED));
    }

    @Override
    public void ban(String meetingId, String identityKey) {
        bans.add(meetingId + "|" + identityKey);
    }

    @Override
    public boolean isBanned(String meetingId, String identityKey) {
        return bans.contains(meetingId + "|" + identityKey);
    }
}
