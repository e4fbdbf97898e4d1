package dev.coms.client.ui.room;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** One participant's tile: name, microphone and camera state, whether they speak now. FX thread. */
public final class TileModel {

    private final String participantId;
    private final String name;
    private final boolean self;
    private final ReadOnlyBooleanWrapper microphone = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper camera = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper speaking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hand = new ReadOnlyBooleanWrapper();

    TileModel(String participantId, String name, boolean self) {
        this.participantId = participantId;
        this.name = name;
        this.self = self;
    }

    public String participantId() {
        return participantId;
    }

    public String name() {
        return name;
    }

    /** The own preview tile. */
    public boolean self() {
        return self;
    }

    public ReadOnlyBooleanProperty microphoneProperty() {
        return microphone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty speakingProperty() {
        return speaking.getReadOnlyProperty();
    }

    /** A raised hand, shown on the tile. */
    public ReadOnlyBooleanProperty handProperty() {
        return hand.getReadOnlyProperty();
    }

    void hand(boolean raised) {
        hand.set(raised);
    }

    void media(boolean mic, boolean cam) {
        microphone.set(mic);
        camera.set(cam);
    }

    void speaking(boolean now) {
        speaking.set(now);
    }
}
