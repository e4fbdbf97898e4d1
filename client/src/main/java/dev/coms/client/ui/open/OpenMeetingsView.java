package dev.coms.client.ui.open;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.protocol.rest.MeetingView;
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

/** Open Meeting Rooms: a live list with topic, host, start, participant count and Join. */
public final class OpenMeetingsView extends VBox {

    public OpenMeetingsView(OpenMeetingsViewModel vm) {
        super(16);
        getStyleClass().add("page");
        ListView<MeetingView> list = new ListView<>(vm.meetingsProperty());
        list.setId("open-meetings");
        list.getStyleClass().add(Styles.STRIPED);
        list.setPlaceholder(Forms.muted("No open meetings right now. Hosts can start one from the menu."));
        list.setCellFactory(v -> new MeetingCell(vm));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label reconnecting = Forms.muted("Reconnecting to the server…");
        reconnecting.visibleProperty().bind(vm.connectedProperty().not());
        reconnecting.managedProperty().bind(reconnecting.visibleProperty());
        getChildren().addAll(Forms.title("Open Meeting Rooms"),
                Forms.muted("Open meetings are listed for everyone. The list updates by itself."),
                reconnecting, Forms.error(vm.messageProperty()), list);
    }

    /** One row: topic and host on the left, start and people in the middle, Join on the right. */
    private static final class MeetingCell extends ListCell<MeetingView> {
        private final OpenMeetingsViewModel vm;

        MeetingCell(OpenMeetingsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(MeetingView item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label topic = new Label(item.topic() == null || item.topic().isBlank() ? item.title() : item.topic());
            topic.getStyleClass().add(Styles.TEXT_BOLD);
            Label host = Forms.muted("Hosted by " + item.hostName());
            VBox left = new VBox(2, topic, host);
            Label when = new Label(vm.startText(item));
            Label people = new Label(vm.participantsText(item), Icons.icon(Feather.USERS));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Button join = Forms.accent("Join", () -> vm.join(item));
            join.setDisable(!vm.canJoin(item));
            Icons.decorate(join, vm.canJoin(item) ? "Join this meeting" : "Opens at its start time");
            HBox row = new HBox(20, left, grow, when, people, join);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
