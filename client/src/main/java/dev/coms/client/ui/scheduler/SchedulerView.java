package dev.coms.client.ui.scheduler;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Confirm;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.protocol.rest.HostMeetingView;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Meeting Scheduler: the host's meetings with Copy Link, Send Link and Cancel; New opens the form. */
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
        empty.textProperty().bind(vm.loadFailedProperty().map(failed -> failed
                ? "Your meetings could not be loaded." : "No meetings planned. Choose New meeting to schedule one."));
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
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(header, Forms.muted("Your meetings, in your own time zone."), message, list);
        vm.refresh();
    }

    static boolean confirmCancel(HostMeetingView m, javafx.scene.Node owner) {
        return Confirm.ask(owner.getScene().getWindow(), "Cancel \u201c" + m.meeting().title() + "\u201d?",
                "Invited people will see that it was cancelled. This cannot be undone.", "Cancel meeting",
                "Keep it");
    }

    /** One meeting: title, when (local), kind, and its three actions. */
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
            VBox left = new VBox(2, title, Forms.muted(vm.startText(item) + " \u00b7 " + vm.stateText(item)));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Button open = labelled(Feather.VIDEO, "Open", "Open meeting");
            open.setOnAction(e -> vm.open(item));
            Button copy = labelled(Feather.COPY, "Copy Link", "Copy Link");
            copy.setOnAction(e -> vm.copyLink(item));
            Button send = labelled(Feather.SEND, "Send Link", "Send Link");
            send.setOnAction(e -> new SendLinkDialog(vm.sendLink(item), owner).showAndWait());
            Button cancel = labelled(Feather.X_CIRCLE, "Cancel", "Cancel meeting");
            cancel.getStyleClass().add(Styles.DANGER);
            cancel.setOnAction(e -> {
                if (confirmCancel(item, owner)) {
                    vm.cancel(item);
                }
            });
            HBox row = new HBox(4, left, grow, open, copy, send, cancel);
            row.setAlignment(Pos.CENTER_LEFT);
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
