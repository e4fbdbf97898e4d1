package dev.coms.client.app.calls;

import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a meeting room would show, recorded from the events an {@link EngineCallPort} sends it. */
final class RoomRecorder implements RoomListener {

    /** One messenger line. */
    record Chat(String from, String text, boolean privately) {}

    volatile String selfId;
    volatile boolean host;
    volatile RoomEnd ended;
    volatile String speaking;
    final Map<String, String> present = new ConcurrentHashMap<>();
    final Map<String, Boolean> cameraOn = new ConcurrentHashMap<>();
    final List<String> left = new CopyOnWriteArrayList<>();
    final List<Chat> chat = new CopyOnWriteArrayList<>();
    final List<RoomProblem> problems = new CopyOnWriteArrayList<>();
    final Map<String, String> knocking = new ConcurrentHashMap<>();
    volatile boolean locked;
    volatile boolean waitingRoom;

    /** The id of the participant shown as {@code name}, or null. */
    String idOf(String name) {
        return present.entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    @Override
    public void joined(String id, boolean isHost) {
        selfId = id;
        host = isHost;
    }

    @Override
    public void participantJoined(Participant participant) {
        present.put(participant.id(), participant.displayName());
        participantUpdated(participant);
    }

    @Override
    public void participantUpdated(Participant participant) {
        cameraOn.put(participant.id(), participant.cameraOn());
    }

    @Override
    public void participantLeft(String participantId, LeaveReason reason) {
        present.remove(participantId);
        left.add(participantId);
    }

    @Override
    public void activeSpeaker(String participantId) {
        speaking = participantId;
    }

    @Override
    public void chatReceived(String fromParticipantId, String text, boolean privately) {
        chat.add(new Chat(fromParticipantId, text, privately));
    }

    @Override
    public void ended(RoomEnd reason) {
        ended = reason;
    }

    @Override
    public void problem(RoomProblem problem) {
        problems.add(problem);
    }

    @Override
    public void knocking(String participantId, String displayName, boolean guest) {
        knocking.put(participantId, displayName);
    }

    @Override
    public void knockWithdrawn(String participantId) {
        knocking.remove(participantId);
    }

    @Override
    public void roomState(boolean isLocked, boolean hasWaitingRoom) {
        locked = isLocked;
        waitingRoom = hasWaitingRoom;
    }
}
