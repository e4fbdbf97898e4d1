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

    /** Ends a live room at once (the host cancelled the meeting): everyone is told and disconnected. */
    void closeRoom(String meetingId, String message);
}
