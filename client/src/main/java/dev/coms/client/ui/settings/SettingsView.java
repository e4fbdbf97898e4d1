package dev.coms.client.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.widgets.VideoSurface;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Settings page: devices with live preview and level meter, server, sounds, reminders and the account. */
public final class SettingsView extends VBox {

    public SettingsView(SettingsViewModel vm, UiExecutor ui) {
        super(16);
        getStyleClass().add("page");
        VideoSurface surface = new VideoSurface(ui);
        ImageView preview = new ImageView();
        preview.imageProperty().bind(surface.imageProperty());
        preview.setFitWidth(320);
        preview.setFitHeight(180);
        preview.setPreserveRatio(true);
        Label noCamera = Forms.muted("No camera picture");
        noCamera.visibleProperty().bind(surface.imageProperty().isNull());
        StackPane previewBox = new StackPane(noCamera, preview);
        previewBox.getStyleClass().add("preview");
        previewBox.setPrefSize(320, 180);
        previewBox.setMaxSize(320, 180);
        ProgressBar level = new ProgressBar();
        level.progressProperty().bind(vm.levelProperty());
        level.setPrefWidth(320);
        level.setAccessibleText("Microphone level");

        VBox devices = new VBox(
                12,
                Forms.labelled("Camera", choice(vm.camerasProperty(), vm.cameraProperty(), "No camera found")),
                previewBox,
                Forms.labelled(
                        "Microphone", choice(vm.microphonesProperty(), vm.microphoneProperty(), "No microphone found")),
                level,
                Forms.labelled("Speaker", choice(vm.speakersProperty(), vm.speakerProperty(), "No speaker found")));
        devices.getStyleClass().add("card");

        ToggleSwitch joinLeave = toggle("Chime when someone joins or leaves", vm.joinLeaveSoundProperty());
        ToggleSwitch chat = toggle("Chime on chat messages while the messenger is closed", vm.chatSoundProperty());
        ToggleSwitch remind = toggle("Remind me shortly before my meetings start", vm.remindersProperty());
        VBox sounds = new VBox(12, joinLeave, chat, remind);
        sounds.getStyleClass().add("card");

        Label server = new Label(vm.server());
        server.setId("settings-server");
        VBox serverBox = new VBox(
                10, Forms.labelled("Server", server), Forms.plain("Use another server\u2026", vm::changeServer));
        serverBox.getStyleClass().add("card");

        VBox right = new VBox(16, sounds, serverBox);
        AccountViewModel account = vm.account();
        if (account.shown()) {
            right.getChildren().add(new AccountCard(account));
        }
        // Two columns where there is room, one below the other in a narrow window.
        FlowPane columns = new FlowPane(16, 16, devices, right);
        getChildren().addAll(Forms.title("Settings"), columns);
        vm.loadDevices();
        vm.startPreview(surface);
    }

    private static Node choice(ReadOnlyListProperty<String> items, StringProperty chosen, String none) {
        ComboBox<String> box = new ComboBox<>(items);
        box.valueProperty().bindBidirectional(chosen);
        box.setPromptText(none);
        box.setPrefWidth(320);
        box.disableProperty().bind(items.emptyProperty());
        return box;
    }

    private static ToggleSwitch toggle(String text, javafx.beans.property.BooleanProperty value) {
        ToggleSwitch toggle = new ToggleSwitch(text);
        toggle.setLabelPosition(javafx.geometry.HorizontalDirection.RIGHT);
        toggle.selectedProperty().bindBidirectional(value);
        return toggle;
    }
}
