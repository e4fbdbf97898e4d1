package dev.coms.client.ui.room;

import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;

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
    public void participantJoined(String participantId, String displayName, boolean host) {
        ui.onUi(() -> room.participantJoined(participantId, displayName, host));
    }

    @Override
    public void participantLeft(String participantId) {
        ui.onUi(() -> room.participantLeft(participantId));
    }

    @Override
    public void mediaChanged(String participantId, boolean microphone, boolean camera, boolean screen) {
        ui.onUi(() -> room.mediaChanged(participantId, microphone, camera || screen));
    }

    @Override
    public void activeSpeaker(String participantId) {
        ui.onUi(() -> room.activeSpeaker(participantId));
    }

    @Override
    public void chatReceived(String fromParticipantId, String text, boolean privately) {
        ui.onUi(() -> room.chatReceived(fromParticipantId, text, privately));
    }

    @Override
    public void ended(RoomEnd reason) {
        ui.onUi(() -> room.ended(reason));
    }

    @Override
    public void problem(String sentence) {
        ui.onUi(() -> room.problem(sentence));
    }
}
