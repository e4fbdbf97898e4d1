package dev.coms.client.ui.room;

import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;

/** Hands each engine event to the room on the UI thread; never blocks the engine thread. */
final class RoomEvents implements RoomListener {

    private final RoomViewModel room;
    private final UiExecutor ui;

    RoomEvents(RoomViewModel room, UiExecutor ui) {
        this.room = room;
        this.ui = ui;
    }

    @Override
    public void localDevices(boolean microphone, boolean camera) {
        ui.onUi(() -> room.localDevices(microphone, camera));
    }

    @Override
    public void joined(String selfId, boolean host) {
        ui.onUi(() -> room.joined(selfId, host));
    }

    @Override
    public void participantJoined(Participant participant) {
        ui.onUi(() -> room.participantJoined(participant));
    }

    @Override
    public void participantUpdated(Participant participant) {
        ui.onUi(() -> room.participantUpdated(participant));
    }

    @Override
    public void participantLeft(String participantId, LeaveReason reason) {
        ui.onUi(() -> room.participantLeft(participantId, reason));
    }

    @Override
    public void activeSpeaker(String participantId) {
        ui.onUi(() -> room.activeSpeaker(participantId));
    }

    @Override
    public void hand(String participantId, boolean raised) {
        ui.onUi(() -> room.hand(participantId, raised));
    }

    @Override
    public void chatReceived(String fromParticipantId, String text, boolean privately) {
        ui.onUi(() -> room.chatReceived(fromParticipantId, text, privately));
    }

    @Override
    public void knocking(String participantId, String displayName, boolean guest) {
        ui.onUi(() -> room.door().knocking(new DoorViewModel.Knock(participantId, displayName, guest)));
    }

    @Override
    public void knockWithdrawn(String participantId) {
        ui.onUi(() -> room.door().withdrawn(participantId));
    }

    @Override
    public void roomState(boolean locked, boolean waitingRoom) {
        ui.onUi(() -> room.door().roomState(locked, waitingRoom));
    }

    @Override
    public void ended(RoomEnd reason) {
        ui.onUi(() -> room.ended(reason));
    }

    @Override
    public void problem(RoomProblem problem) {
        ui.onUi(() -> room.problem(problem));
    }
}
