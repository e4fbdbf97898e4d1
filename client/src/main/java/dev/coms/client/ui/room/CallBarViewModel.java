package dev.coms.client.ui.room;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The call while the user is on another page: the room keeps running, and a compact bar offers "Return to
 * meeting", the microphone and Leave. Only Leave, closing the window or joining another meeting (confirmed) ends
 * the call; moving between pages never does. FX thread.
 */
public final class CallBarViewModel {

    private final RoomViewModel room;
    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper();
    private final StringBinding status;

    public CallBarViewModel(RoomViewModel room) {
        this.room = room;
        this.status = Bindings.createStringBinding(
                () -> room.endedProperty().get() != null
                        ? RoomText.of(room.endedProperty().get())
                        : "In the meeting “" + room.title() + "”"
                                + (room.microphoneProperty().get() ? "" : " · your microphone is off"),
                room.endedProperty(),
                room.microphoneProperty());
    }

    /** The room this bar stands for. */
    public RoomViewModel room() {
        return room;
    }

    /** True while another page is shown and the call runs in the bar. */
    public ReadOnlyBooleanProperty awayProperty() {
        return away.getReadOnlyProperty();
    }

    /** One line: the meeting's title and the microphone's state, or why the meeting ended. */
    public StringBinding statusProperty() {
        return status;
    }

    /** Whether the call still runs (false once it ended, whoever ended it). */
    public boolean running() {
        return room.endedProperty().get() == null;
    }

    /** Another page opens over the room: the call goes on, the site menu closes. */
    public void stepAway() {
        away.set(true);
        if (room.siteMenuOpenProperty().get()) {
            room.toggleSiteMenu();
        }
    }

    /** Back to the room's own page. */
    public void returnToMeeting() {
        away.set(false);
    }

    public void toggleMicrophone() {
        room.toggleMicrophone();
    }

    /**
     * The confirmation to show before joining another meeting while this one runs, or empty when this one is
     * already over.
     */
    public Optional<String> switchConfirmation() {
        if (!running()) {
            return Optional.empty();
        }
        return Optional.of(
                room.hostProperty().get()
                        ? "You are the host of “" + room.title() + "”. Joining another meeting ends it for everyone."
                        : "Joining another meeting leaves “" + room.title() + "”.");
    }
}
