package dev.coms.client.ui.room;

import dev.coms.protocol.signal.Participant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** One row of the People panel. FX thread. */
public final class Person {

    private final String id;
    private final String name;
    private final boolean self;
    private final ReadOnlyBooleanWrapper host = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper microphone = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper camera = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sharing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hand = new ReadOnlyBooleanWrapper();
    private long handSince;

    Person(String id, String name, boolean self) {
        this.id = id;
        this.name = name;
        this.self = self;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean self() {
        return self;
    }

    /** "Bob", "Ada (you)", with "host" shown beside it by the View. */
    public String label() {
        return self ? name + " (you)" : name;
    }

    public ReadOnlyBooleanProperty hostProperty() {
        return host.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty microphoneProperty() {
        return microphone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sharingProperty() {
        return sharing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty handProperty() {
        return hand.getReadOnlyProperty();
    }

    /** Order in which hands went up (0 while down). */
    long handSince() {
        return handSince;
    }

    void hand(boolean raised, long order) {
        hand.set(raised);
        handSince = raised ? order : 0;
    }

    void update(Participant p) {
        host.set(p.host());
        microphone.set(p.micOn());
        camera.set(p.cameraOn());
        sharing.set(p.screenSharing());
    }

    void media(boolean mic, boolean cam) {
        microphone.set(mic);
        camera.set(cam);
    }
}
