package dev.coms.client.ui.start;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.MeetingJoiner;
import dev.coms.client.ui.port.Navigator;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Start an Open Meeting: a topic, then straight into the room as its host. FX thread. */
public final class StartOpenViewModel {

    static final int MAX_TOPIC = 500;

    private final AppServices services;
    private final Navigator navigator;
    private final ZoneId zone;
    private final StringProperty topic = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public StartOpenViewModel(AppServices services, Navigator navigator, ZoneId zone) {
        this.services = services;
        this.navigator = navigator;
        this.zone = zone;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Creates the meeting (live at once) and enters it. */
    public void start() {
        String text = topic.get() == null ? "" : topic.get().trim();
        if (text.isEmpty() || text.length() > MAX_TOPIC) {
            message.set("Enter a topic of 1 to " + MAX_TOPIC + " characters.");
            return;
        }
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        MeetingsPort api = services.api();
        StartOpenMeetingRequest request = new StartOpenMeetingRequest(text, null, zone.getId());
        services.ui()
                .run(
                        () -> api.startOpenMeeting(request),
                        created -> new MeetingJoiner(services)
                                .join(
                                        api,
                                        created.meeting(),
                                        null,
                                        true,
                                        entry -> {
                                            busy.set(false);
                                            topic.set("");
                                            navigator.room(entry);
                                        },
                                        this::failed),
                        this::failed);
    }

    private void failed(ComsApiException e) {
        busy.set(false);
        message.set(e.getMessage());
    }
}
