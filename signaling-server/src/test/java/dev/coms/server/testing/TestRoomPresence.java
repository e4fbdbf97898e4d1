package dev.coms.server.testing;

import dev.coms.server.rooms.RoomPresence;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live rooms as the meetings service sees them, driven by the test: set head counts, see which rooms were closed.
 * Stands in for the room registry, which lives in its own package and is tested there.
 */
public final class TestRoomPresence implements RoomPresence {

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<String> closed = new CopyOnWriteArrayList<>();

    /** Sets how many people are in a room and notifies listeners, as the room registry does. */
    public void setCount(String meetingId, int count) {
        counts.put(meetingId, count);
        listeners.forEach(Runnable::run);
    }

    public List<String> closedRooms() {
        return List.copyOf(closed);
    }

    @Override
    public int participantCount(String meetingId) {
        return counts.getOrDefault(meetingId, 0);
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void closeRoom(String meetingId, String message) {
        closed.add(meetingId);
        counts.remove(meetingId);
    }
}
