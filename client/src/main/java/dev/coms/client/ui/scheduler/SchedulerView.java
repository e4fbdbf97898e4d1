package dev.coms.client.ui.scheduler;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Confirm;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.protocol.rest.HostMeetingView;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Meeting Scheduler: the host's meetings (topic, start, "starts in …", passcode on demand) with Open, Edit,
 * Copy Link, Add to calendar, Send Link and Cancel; New opens the form. Messages appear below the list, in a fixed place.
 */
public final class SchedulerView extends VBox {

    public SchedulerView(SchedulerViewModel vm) {
        super(16);
        getStyleClass().add("page");
        Button create = Forms.accent("New meeting", () -> new NewMeetingDialog(vm.newMeeting(), this).showAndWait());
        create.setId("new-meeting");
        create.setGraphic(Icons.icon(Feather.PLUS));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(12, Forms.title("Meeting Scheduler"), grow, create);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<HostMeetingView> list = new ListView<>(vm.meetingsProperty());
        list.setId("my-meetings");
        Label empty = Forms.muted("");
        empty.textProperty()
                .bind(vm.loadFailedProperty()
                        .map(failed -> failed
                                ? "Your meetings could not be loaded."
                                : "No meetings planned. Choose New meeting to schedule one."));
        Button retry = Forms.plain("Try again", vm::refresh);
        retry.setId("scheduler-retry");
        retry.visibleProperty().bind(vm.loadFailedProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        VBox placeholder = new VBox(10, empty, retry);
        placeholder.setAlignment(Pos.CENTER);
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new Row(vm, this));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("scheduler-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("status-line");
        // A fixed place below the list: a new message never moves the row under the pointer.
        message.setMinHeight(40);
        message.setPrefHeight(40);
        getChildren().addAll(header, Forms.muted("Your meetings, in your own time zone."), list, message);
        vm.refresh();
    }

    static boolean confirmCancel(HostMeetingView m, javafx.scene.Node owner) {
        return Confirm.ask(
                owner.getScene().getWindow(),
                "Cancel \u201c" + m.meeting().title() + "\u201d?",
                "Invited people will see that it was cancelled. This cannot be undone.",
                "Cancel meeting",
                "Keep it");
    }

    /** One meeting: title, when (local), kind, topic, passcode on demand, and its actions. */
    private static final class Row extends ListCell<HostMeetingView> {
        private final SchedulerViewModel vm;
        private final javafx.scene.Node owner;

        Row(SchedulerViewModel vm, javafx.scene.Node owner) {
            this.vm = vm;
            this.owner = owner;
        }

        @Override
        protected void updateItem(HostMeetingView item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(item.meeting().title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label when = Forms.muted(
                    vm.startText(item) + " \u00b7 " + vm.stateText(item) + " \u00b7 " + vm.startsInText(item));
            VBox left = new VBox(2, title, when);
            String topic = item.meeting().topic();
            if (topic != null && !topic.isBlank()) {
                Label about = Forms.muted(topic);
                about.getStyleClass().add("meeting-topic");
                left.getChildren().add(about);
            }
            if (item.passcode() != null) {
                Hyperlink passcode = new Hyperlink("Show passcode");
                passcode.getStyleClass().add("passcode-reveal");
                passcode.setOnAction(e -> passcode.setText(
                        passcode.getText().startsWith("Show") ? "Passcode: " + item.passcode() : "Show passcode"));
                left.getChildren().add(passcode);
            }
            Button open = labelled(Feather.VIDEO, "Open", "Open meeting");
            open.setOnAction(e -> vm.open(item));
            Button edit = labelled(Feather.EDIT_2, "Edit", "Change title, topic or time");
            edit.setOnAction(e -> new NewMeetingDialog(vm.edit(item), owner).showAndWait());
            edit.setVisible(vm.editable(item));
            edit.setManaged(vm.editable(item));
            Button copy = labelled(Feather.COPY, "Copy Link", "Copy Link");
            copy.setOnAction(e -> vm.copyLink(item));
            Button calendar = labelled(Feather.CALENDAR, "Add to calendar", "Save a calendar file (.ics)");
            calendar.setOnAction(e -> vm.addToCalendar(item));
            Button send = labelled(Feather.SEND, "Send Link", "Send Link");
            send.setOnAction(e -> new SendLinkDialog(vm.sendLink(item), owner).showAndWait());
            Button cancel = labelled(Feather.X_CIRCLE, "Cancel", "Cancel meeting");
            cancel.getStyleClass().add(Styles.DANGER);
            cancel.setOnAction(e -> {
                if (confirmCancel(item, owner)) {
                    vm.cancel(item);
                }
            });
            FlowPane actions = new FlowPane(4, 4, open, edit, copy, calendar, send, cancel);
            VBox row = new VBox(6, left, actions);
            row.setMinWidth(0);
            setPrefWidth(0);
            setGraphic(row);
        }

        /** A flat button with an icon and a short word; the tooltip says it in full. */
        private static Button labelled(Feather icon, String text, String tip) {
            Button button = Icons.button(icon, tip);
            button.setText(text);
            button.getStyleClass().remove("button-icon");
            return button;
        }
    }
}
