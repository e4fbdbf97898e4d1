package dev.coms.server.rooms;

/**
 * What the meetings service may ask of the live rooms: head counts for the open-meetings list and a way to close a
 * room. Implemented by the {@link RoomRegistry}; thread-safe.
 */
public interface RoomPresence {

    /** How many participants are connected to the meeting's room now (0 when no room is open). */
    int participantCount(String meetingId);

    /** Registers a listener called (on any thread) whenever a room's head count changes or a room closes. */
    void addChangeListener(Runnable listener);

    /**
     * True when the meeting's room ended it here (its host left or timed out), whether or not the stored meeting says
     * so yet: an end is stored in the background and retried until the database takes it.
     */
    default boolean hasEnded(String meetingId) {
        return false;
    }

    /** True when a room of this meeting expelled someone with this ban key (stored or not yet). */
    default boolean isBanned(String meetingId, String banKey) {
        return false;
    }

    /** True when the host locked the meeting's live room: no one new may join. */
    default boolean isLocked(String meetingId) {
        return false;
    }

    /** Ends a live room at once (the host cancelled the meeting): everyone is told and disconnected. */
    void closeRoom(String meetingId, String message);
}
