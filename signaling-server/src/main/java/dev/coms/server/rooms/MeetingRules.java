package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingView;
import java.util.Optional;

/**
 * The port through which the live rooms consult the stored meetings: the public view, bans and the end of a meeting.
 * Owned by the rooms, implemented by the meetings service on the database (or, in the load benchmark, by a stand-in);
 * called from room threads, so implementations are thread-safe.
 */
public interface MeetingRules {

    /** The public view of a meeting, or empty when there is no such meeting. */
    Optional<MeetingView> meeting(String meetingId);

    /** Records that the meeting ended (its host left or did not return in time); new joins are refused from now. */
    void meetingEnded(String meetingId);

    /** Keeps {@code identityKey} out of the meeting for good: new join tickets and resumes are refused. */
    void ban(String meetingId, String identityKey);

    /** True when {@code identityKey} was expelled from the meeting. */
    boolean isBanned(String meetingId, String identityKey);
}
