package dev.coms.client.ui.room;

import dev.coms.client.ui.port.CallPort;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/**
 * The host's door to the meeting: who is knocking in the waiting room (admit or deny each), and whether the meeting is
 * locked and runs a waiting room. The server enforces all of it; this only shows it and sends the host's answers.
 * UI thread only.
 */
public final class DoorViewModel {

    /** A newcomer waiting to be let in. */
    public record Knock(String participantId, String displayName, boolean guest) {}

    private final CallPort call;
    private final ReadOnlyListWrapper<Knock> knocks = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper waitingRoom = new ReadOnlyBooleanWrapper();

    DoorViewModel(CallPort call) {
        this.call = call;
    }

    public ReadOnlyListProperty<Knock> knocksProperty() {
        return knocks.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty waitingRoomProperty() {
        return waitingRoom.getReadOnlyProperty();
    }

    /** Lets a knocking newcomer in. */
    public void admit(Knock knock) {
        knocks.remove(knock);
        call.answerKnock(knock.participantId(), true);
    }

    /** Turns a knocking newcomer away. */
    public void deny(Knock knock) {
        knocks.remove(knock);
        call.answerKnock(knock.participantId(), false);
    }

    /** Locks the meeting (no one new gets in) or unlocks it. */
    public void toggleLock() {
        call.setRoomState(!locked.get(), null);
    }

    /** Turns the waiting room on (the host admits each newcomer) or off (everyone waiting comes in). */
    public void toggleWaitingRoom() {
        call.setRoomState(null, !waitingRoom.get());
    }

    void knocking(Knock knock) {
        knocks.removeIf(k -> k.participantId().equals(knock.participantId()));
        knocks.add(knock);
    }

    void withdrawn(String participantId) {
        knocks.removeIf(k -> k.participantId().equals(participantId));
    }

    void roomState(boolean isLocked, boolean hasWaitingRoom) {
        locked.set(isLocked);
        waitingRoom.set(hasWaitingRoom);
    }
}
