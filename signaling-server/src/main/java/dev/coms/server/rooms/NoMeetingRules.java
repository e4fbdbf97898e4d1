package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.meetings.MeetingRules;
import java.util.Optional;

/**
 * Stand-in {@link MeetingRules} that knows no meetings, so every room connection is refused with 404. Used only
 * where no stored meetings are wired in; the meetings service provides the database-backed rules.
 */
public final class NoMeetingRules implements MeetingRules {

    @Override
    public Optional<MeetingView> meeting(String meetingId) {
        return Optional.empty();
    }

    @Override
    public void meetingEnded(String meetingId) {}

    @Override
    public void ban(String meetingId, String identityKey) {}

    @Override
    public boolean isBanned(String meetingId, String identityKey) {
        return false;
    }
}
