package dev.coms.client.ui.room;

import dev.coms.client.ui.Icons;
import dev.coms.client.ui.room.DoorViewModel.Knock;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** One row per newcomer in the waiting room, with Admit and Deny; shown to the host while anyone knocks. */
final class DoorBar extends VBox {

    private final DoorViewModel door;

    DoorBar(DoorViewModel door) {
        this.door = door;
        setId("door-bar");
        getStyleClass().add("room-notice");
        setSpacing(6);
        door.knocksProperty().addListener((ListChangeListener<Knock>) c -> rebuild());
        visibleProperty().bind(door.knocksProperty().emptyProperty().not());
        managedProperty().bind(visibleProperty());
    }

    private void rebuild() {
        getChildren().clear();
        for (Knock knock : door.knocksProperty()) {
            Label text = new Label(RoomText.knocking(knock.displayName(), knock.guest()));
            text.setWrapText(true);
            Button admit = new Button("Admit");
            admit.setId("admit-" + knock.participantId());
            admit.setDefaultButton(false);
            admit.setOnAction(e -> door.admit(knock));
            Button deny = new Button("Deny");
            deny.setId("deny-" + knock.participantId());
            deny.setOnAction(e -> door.deny(knock));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox row = new HBox(10, Icons.icon(Feather.USER_PLUS), text, grow, admit, deny);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }
}
