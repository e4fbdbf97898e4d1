package dev.coms.client.ui.settings;

import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.port.DevicesPort;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.session.ClientPreferences;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings: camera (live preview), microphone (level meter), speaker, server, sounds and reminders. Changes are
 * saved at once. FX thread; call {@link #close()} when leaving the page to release the devices.
 */
public final class SettingsViewModel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SettingsViewModel.class);

    private final AppServices services;
    private final Navigator navigator;
    private final ReadOnlyListWrapper<String> cameras = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> microphones =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> speakers = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty camera = new SimpleStringProperty();
    private final StringProperty microphone = new SimpleStringProperty();
    private final StringProperty speaker = new SimpleStringProperty();
    private final BooleanProperty joinLeaveSound = new SimpleBooleanProperty();
    private final BooleanProperty chatSound = new SimpleBooleanProperty();
    private final BooleanProperty reminders = new SimpleBooleanProperty();
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper();
    private AutoCloseable preview;
    private AutoCloseable meter;

    public SettingsViewModel(AppServices services, Navigator navigator) {
        this.services = services;
        this.navigator = navigator;
        ClientPreferences p = services.preferences();
        camera.set(p.camera());
        microphone.set(p.microphone());
        speaker.set(p.speaker());
        joinLeaveSound.set(p.joinLeaveSound());
        chatSound.set(p.chatSound());
        reminders.set(p.reminders());
        joinLeaveSound.addListener(o -> saveSounds());
        chatSound.addListener(o -> saveSounds());
        reminders.addListener(o -> saveSounds());
        camera.addListener(o -> saveDevices());
        microphone.addListener(o -> saveDevices());
        speaker.addListener(o -> saveDevices());
    }

    /** The account part of the page (change password, sign out everywhere). */
    public AccountViewModel account() {
        return new AccountViewModel(services, navigator);
    }

    /** Lists devices in the background (listing may hang on some systems; the page stays usable). */
    public void loadDevices() {
        DevicesPort devices = services.devices();
        services.ui()
                .run(
                        () -> List.of(devices.cameras(), devices.microphones(), devices.speakers()),
                        lists -> {
                            cameras.setAll(lists.get(0));
                            microphones.setAll(lists.get(1));
                            speakers.setAll(lists.get(2));
                        },
                        e -> log.info("Device list unavailable: {}", e.getMessage()));
    }

    public ReadOnlyListProperty<String> camerasProperty() {
        return cameras.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> microphonesProperty() {
        return microphones.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> speakersProperty() {
        return speakers.getReadOnlyProperty();
    }

    public StringProperty cameraProperty() {
        return camera;
    }

    public StringProperty microphoneProperty() {
        return microphone;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public BooleanProperty joinLeaveSoundProperty() {
        return joinLeaveSound;
    }

    public BooleanProperty chatSoundProperty() {
        return chatSound;
    }

    public BooleanProperty remindersProperty() {
        return reminders;
    }

    /** The microphone's level, 0–1. */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** The server this user is connected to. */
    public String server() {
        return services.api().server().toString();
    }

    /** Shows the chosen camera into {@code sink} and meters the chosen microphone. */
    public void startPreview(FrameSink sink) {
        close();
        preview = services.devices().previewCamera(camera.get(), sink);
        meter = services.devices()
                .meterMicrophone(microphone.get(), v -> services.ui().onUi(() -> level.set(v)));
    }

    /** A different server needs a new sign-in: signs out and opens the first-run page. */
    public void changeServer() {
        services.signOut();
        navigator.firstRun();
    }

    private void saveSounds() {
        services.updatePreferences(p -> p.withSounds(joinLeaveSound.get(), chatSound.get(), reminders.get()));
    }

    private void saveDevices() {
        services.updatePreferences(p -> p.withDevices(camera.get(), microphone.get(), speaker.get()));
    }

    @Override
    public void close() {
        for (AutoCloseable handle : new AutoCloseable[] {preview, meter}) {
            if (handle != null) {
                try {
                    handle.close();
                } catch (Exception e) {
                    log.debug("Releasing a device", e);
                }
            }
        }
        preview = null;
        meter = null;
    }
}
