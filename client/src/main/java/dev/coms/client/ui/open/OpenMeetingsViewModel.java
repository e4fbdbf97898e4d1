package dev.coms.client.ui.open;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.MeetingJoiner;
import dev.coms.client.ui.TimeFormats;
import dev.coms.client.ui.port.Navigator;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Open Meeting Rooms: the live list (pushed by the server) and Join. FX thread. */
public final class OpenMeetingsViewModel {

    private final AppServices services;
    private final Navigator navigator;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public OpenMeetingsViewModel(AppServices services, Navigator navigator, ZoneId zone) {
        this.services = services;
        this.navigator = navigator;
        this.zone = zone;
    }

    public ReadOnlyListProperty<MeetingView> meetingsProperty() {
        return services.openMeetings().meetingsProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return services.openMeetings().connectedProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "Live now" or the start in the user's zone. */
    public String startText(MeetingView meeting) {
        return meeting.state() == MeetingState.LIVE ? "Live now" : TimeFormats.dateTime(meeting.startsAt(), zone);
    }

    /** "3 people" etc. */
    public String participantsText(MeetingView meeting) {
        int n = meeting.participants();
        return n == 1 ? "1 person" : n + " people";
    }

    /** Open meetings can be joined once they are live. */
    public boolean canJoin(MeetingView meeting) {
        return meeting.state() == MeetingState.LIVE;
    }

    public void join(MeetingView meeting) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        // Whether the user hosts it is confirmed by the room itself when joining.
        new MeetingJoiner(services)
                .join(
                        services.api(),
                        meeting,
                        null,
                        false,
                        entry -> {
                            busy.set(false);
                            navigator.room(entry);
                        },
                        this::failed);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        message.set(e.getMessage());
    }
}
