package dev.coms.client.ui.room;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
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
import org.kordamp.ikonli.javafx.FontIcon;

/** The People panel: "People (3)", and per person name, host badge, microphone, camera, sharing; Expel for the host. */
final class PeoplePanel extends VBox {

    PeoplePanel(
            PeopleViewModel vm,
            ObservableBooleanValue host,
            Consumer<Person> expel,
            java.util.function.Predicate<Person> canLower,
            Consumer<Person> lower) {
        super(8);
        setId("people");
        getStyleClass().add("room-panel");
        setPrefWidth(320);
        setMinWidth(240);
        Label title = new Label();
        title.setId("people-count");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(vm.countProperty().map(n -> "People (" + n + ")"));
        ListView<Person> list = new ListView<>(vm.peopleProperty());
        list.setId("people-list");
        list.setAccessibleText("People in the meeting");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                HBox row = empty || p == null ? null : row(p, host.get(), expel, canLower, lower);
                if (row != null) {
                    row.prefWidthProperty().bind(list.widthProperty().subtract(34));
                    row.maxWidthProperty().bind(row.prefWidthProperty());
                }
                setPrefWidth(0);
                setGraphic(row);
                setAccessibleText(empty || p == null ? null : describe(p));
            }
        });
        list.setPlaceholder(Forms.muted("Nobody here yet."));
        vm.changesProperty().addListener((o, a, b) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    private static HBox row(
            Person p,
            boolean host,
            Consumer<Person> expel,
            java.util.function.Predicate<Person> canLower,
            Consumer<Person> lower) {
        Label name = new Label(p.label());
        name.getStyleClass().add("person-name");
        name.setMinWidth(0);
        name.setWrapText(true);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(6, name);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("person-" + p.id());
        row.getStyleClass().add("person-row");
        if (p.handProperty().get()) {
            Label up = new Label(null, Icons.icon(Feather.FLAG));
            up.setAccessibleText("Hand raised");
            javafx.scene.control.Tooltip.install(up, new javafx.scene.control.Tooltip("Hand raised"));
            up.getStyleClass().addAll("person-hand", Styles.TEXT_SMALL);
            up.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(up);
            if (canLower.test(p)) {
                Button down =
                        Icons.button(Feather.X_CIRCLE, "Lower " + (p.self() ? "your" : p.name() + "'s") + " hand");
                down.getStyleClass().add("person-lower-hand");
                down.setOnAction(e -> lower.accept(p));
                down.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(down);
            }
        }
        // Bound, not read once: a row may be laid out before the roster says who the host is.
        Label badge = new Label("host");
        badge.getStyleClass().addAll("person-host", Styles.TEXT_SMALL);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.visibleProperty().bind(p.hostProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        row.getChildren().add(badge);
        row.getChildren()
                .addAll(
                        state(
                                p.microphoneProperty().get() ? Feather.MIC : Feather.MIC_OFF,
                                "person-mic",
                                p.microphoneProperty().get() ? "Microphone on" : "Microphone off"),
                        state(
                                p.cameraProperty().get() ? Feather.VIDEO : Feather.VIDEO_OFF,
                                "person-camera",
                                p.cameraProperty().get() ? "Camera on" : "Camera off"));
        if (p.sharingProperty().get()) {
            row.getChildren().add(state(Feather.MONITOR, "person-sharing", "Sharing the screen"));
        }
        if (host && !p.self()) {
            Button remove = Icons.button(Feather.USER_X, "Expel " + p.name());
            remove.getStyleClass().addAll("person-expel", Styles.DANGER);
            remove.setOnAction(e -> expel.accept(p));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(remove);
        }
        return row;
    }

    private static FontIcon state(org.kordamp.ikonli.Ikon ikon, String style, String tip) {
        FontIcon icon = Icons.icon(ikon);
        icon.getStyleClass().add(style);
        icon.setAccessibleText(tip);
        javafx.scene.control.Tooltip.install(icon, new javafx.scene.control.Tooltip(tip));
        return icon;
    }

    static String describe(Person p) {
        return p.label()
                + (p.hostProperty().get() ? ", host" : "")
                + (p.handProperty().get() ? ", hand raised" : "")
                + (p.microphoneProperty().get() ? ", microphone on" : ", microphone off")
                + (p.cameraProperty().get() ? ", camera on" : ", camera off")
                + (p.sharingProperty().get() ? ", sharing the screen" : "");
    }
}
