package dev.coms.client.ui.open;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.protocol.rest.MeetingView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Open Meeting Rooms: a live list with topic, host, start, participant count and Join. As a full page it has a title
 * and one row per meeting; as the meeting room's side panel it is compact (two lines per meeting, no sideways
 * scrolling) and marks the meeting the user is in instead of offering to join it.
 */
public final class OpenMeetingsView extends VBox {

    /** The full page. */
    public OpenMeetingsView(OpenMeetingsViewModel vm) {
        this(vm, null);
    }

    /**
     * @param currentMeetingId the meeting whose room shows this list as a side panel, or null for the full page
     */
    public OpenMeetingsView(OpenMeetingsViewModel vm, String currentMeetingId) {
        super(currentMeetingId == null ? 16 : 8);
        boolean compact = currentMeetingId != null;
        getStyleClass().add(compact ? "open-meetings-panel" : "page");
        ListView<MeetingView> list = new ListView<>(vm.meetingsProperty());
        list.setId("open-meetings");
        list.getStyleClass().add(Styles.STRIPED);
        list.setPlaceholder(Forms.muted(
                compact
                        ? "No open meetings right now."
                        : "No open meetings right now. Hosts can start one from the menu."));
        list.setCellFactory(v -> new MeetingCell(vm, currentMeetingId, list));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label reconnecting = Forms.muted("Reconnecting to the server…");
        reconnecting.visibleProperty().bind(vm.connectedProperty().not());
        reconnecting.managedProperty().bind(reconnecting.visibleProperty());
        if (compact) {
            Label title = new Label("Open meetings");
            title.getStyleClass().add(Styles.TEXT_BOLD);
            getChildren().addAll(title, reconnecting, Forms.error(vm.messageProperty()), list);
        } else {
            getChildren()
                    .addAll(
                            Forms.title("Open Meeting Rooms"),
                            Forms.muted("Open meetings are listed for everyone. The list updates by itself."),
                            reconnecting,
                            Forms.error(vm.messageProperty()),
                            list);
        }
    }

    /** One meeting: topic and host, start and people, Join (or "You are here"). */
    private static final class MeetingCell extends ListCell<MeetingView> {
        private final OpenMeetingsViewModel vm;
        private final String currentMeetingId;
        private final ListView<MeetingView> list;

        MeetingCell(OpenMeetingsViewModel vm, String currentMeetingId, ListView<MeetingView> list) {
            this.vm = vm;
            this.currentMeetingId = currentMeetingId;
            this.list = list;
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
            Label when = new Label(vm.startText(item));
            Label people = new Label(vm.participantsText(item), Icons.icon(Feather.USERS));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Node action = action(item);
            if (currentMeetingId == null) {
                HBox row = new HBox(20, new VBox(2, topic, host), grow, when, people, action);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                return;
            }
            // wrap at the width the row leaves beside the action, so the cell is as tall as the wrapped text
            var textWidth = list.widthProperty().subtract(34 + 8 + 100);
            for (Label l : new Label[] {topic, host}) {
                l.setWrapText(true);
                l.prefWidthProperty().bind(textWidth);
                l.maxWidthProperty().bind(textWidth);
                // a list cell asks for its height without a width: give it the wrapped height
                l.minHeightProperty()
                        .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                                () -> l.prefHeight(textWidth.get()), textWidth, l.textProperty(), l.fontProperty()));
            }
            if (action instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE); // never "…" instead of Join
            }
            when.getStyleClass().add(Styles.TEXT_MUTED);
            people.getStyleClass().add(Styles.TEXT_MUTED);
            HBox details = new HBox(10, when, people);
            VBox text = new VBox(2, topic, host, details);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, text, action);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            row.prefWidthProperty().bind(list.widthProperty().subtract(34)); // inside the cell padding and scroll bar
            row.maxWidthProperty().bind(row.prefWidthProperty());
            setPrefWidth(0);
            setGraphic(row);
        }

        private Node action(MeetingView item) {
            if (item.id().equals(currentMeetingId)) {
                Label here = new Label("You are here");
                here.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                return here;
            }
            Button join = Forms.accent("Join", () -> vm.join(item));
            join.setDisable(!vm.canJoin(item));
            Icons.decorate(join, vm.canJoin(item) ? "Join this meeting" : "Opens at its start time");
            return join;
        }
    }
}
