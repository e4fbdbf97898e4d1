package dev.coms.client.ui.scheduler;

import dev.coms.client.ui.Forms;
import dev.coms.protocol.rest.MeetingMode;
import java.time.ZoneId;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The New meeting (and Edit) dialog; stays open with a message until the server accepted the meeting. Nothing in it
 * changes size while typing: the topic box has a fixed height and the error line keeps its place.
 */
final class NewMeetingDialog extends Dialog<Void> {

    NewMeetingDialog(NewMeetingViewModel vm, Node owner) {
        initOwner(owner.getScene().getWindow());
        setTitle(vm.editing() ? "Edit meeting" : "New meeting");
        setHeaderText(vm.editing() ? "Move \u201c" + vm.titleProperty().get() + "\u201d" : "Schedule a meeting");
        setResizable(true);

        ToggleGroup kind = new ToggleGroup();
        RadioButton priv = new RadioButton("Private: link and passcode");
        RadioButton open = new RadioButton("Open: listed for everyone");
        priv.setToggleGroup(kind);
        open.setToggleGroup(kind);
        priv.setSelected(vm.modeProperty().get() == MeetingMode.PRIVATE);
        open.setSelected(vm.modeProperty().get() == MeetingMode.OPEN);
        priv.setDisable(vm.editing());
        open.setDisable(vm.editing());
        kind.selectedToggleProperty()
                .addListener((o, a, b) -> vm.modeProperty().set(b == open ? MeetingMode.OPEN : MeetingMode.PRIVATE));

        TextField title = Forms.field("Title", "Short title");
        title.setId("new-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextArea topic = new TextArea();
        topic.setPromptText("What is it about?");
        topic.setId("new-topic");
        topic.setPrefRowCount(3);
        topic.setMinHeight(76);
        topic.setPrefHeight(76);
        topic.setMaxHeight(76);
        topic.setWrapText(true);
        topic.textProperty().bindBidirectional(vm.topicProperty());
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField time = Forms.field("Time", "14:30");
        time.setId("new-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(vm.timeProperty());
        TextField search = Forms.field("Search time zones", "City, country or UTC+1");
        search.setId("zone-search");
        search.textProperty().bindBidirectional(vm.zoneSearchProperty());
        ListView<ZoneId> zones = new ListView<>(vm.zoneMatchesProperty());
        zones.setId("zone-list");
        zones.setCellFactory(v -> new ZoneCell(vm));
        zones.setPrefHeight(150);
        zones.setPlaceholder(Forms.muted("No time zone matches."));
        // The choice changes only when the user picks a row (click or Enter), never because the list was filtered.
        zones.getSelectionModel().select(vm.zoneProperty().get());
        vm.zoneMatchesProperty().addListener((javafx.collections.ListChangeListener<ZoneId>) c -> {
            if (zones.getItems().contains(vm.zoneProperty().get())) {
                zones.getSelectionModel().select(vm.zoneProperty().get());
            } else {
                zones.getSelectionModel().clearSelection();
            }
        });
        zones.setOnMouseClicked(e -> pick(vm, zones.getSelectionModel().getSelectedItem()));
        zones.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                pick(vm, zones.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnAction(e -> {
            if (!zones.getItems().isEmpty()) {
                zones.getSelectionModel().selectFirst();
                pick(vm, zones.getItems().getFirst());
            }
        });
        Label chosen = new Label();
        chosen.setId("zone-chosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(vm.zoneProperty().map(z -> "Time zone: " + vm.zoneLabel(z)));

        Label error = Forms.error(vm.errorProperty());
        error.managedProperty().unbind();
        error.setManaged(true);
        error.setMinHeight(20);
        VBox left = new VBox(
                12,
                new VBox(6, priv, open),
                Forms.labelled("Title", title),
                Forms.labelled("Topic", topic),
                new HBox(12, Forms.labelled("Date", date), Forms.labelled("Time", time)));
        VBox right = new VBox(6, Forms.labelled("Time zone", search), zones, chosen);
        left.setPrefWidth(340);
        right.setPrefWidth(300);
        VBox form = new VBox(12, new HBox(20, left, right), error);
        form.setPrefWidth(680);
        getDialogPane().setPrefWidth(720);
        getDialogPane().setContent(form);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("save-meeting");
        saveButton.disableProperty().bind(vm.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            vm.save();
            if (!vm.doneProperty().get()) {
                e.consume();
            }
        });
        vm.doneProperty().addListener((o, a, done) -> {
            if (done) {
                setResult(null);
                close();
            }
        });
    }

    private static void pick(NewMeetingViewModel vm, ZoneId zone) {
        if (zone != null) {
            vm.zoneProperty().set(zone);
        }
    }

    /** Shows "UTC+01:00 Berlin (Germany)". */
    private static final class ZoneCell extends ListCell<ZoneId> {
        private final NewMeetingViewModel vm;

        ZoneCell(NewMeetingViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(ZoneId item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : vm.zoneLabel(item));
        }
    }
}
