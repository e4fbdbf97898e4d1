package dev.coms.client.ui.room;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.client.ui.room.RoomViewModel.Recipient;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The messenger: messages, a recipient (everyone or one person) and a text field. */
final class MessengerPanel extends VBox {

    MessengerPanel(RoomViewModel vm) {
        super(8);
        setId("messenger");
        getStyleClass().add("room-panel");
        setPrefWidth(300);
        ListView<ChatLine> lines = new ListView<>(vm.chatProperty());
        lines.setPlaceholder(Forms.muted("No messages yet."));
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChatLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                Label from = new Label(line.from() + (line.privately() && !line.mine() ? " (privately)" : ""));
                from.getStyleClass().add(Styles.TEXT_BOLD);
                Label text = new Label(line.text());
                text.setWrapText(true);
                text.setMaxWidth(250);
                setGraphic(new VBox(2, from, text));
            }
        });
        vm.chatProperty().addListener((javafx.collections.ListChangeListener<ChatLine>) c ->
                lines.scrollTo(vm.chatProperty().size() - 1));
        VBox.setVgrow(lines, Priority.ALWAYS);
        ComboBox<Recipient> to = new ComboBox<>(vm.recipientsProperty());
        to.valueProperty().bindBidirectional(vm.recipientProperty());
        to.setAccessibleText("Send to");
        to.setMaxWidth(Double.MAX_VALUE);
        TextField text = Forms.field("Message", "Write a message");
        text.setId("chat-text");
        Button send = Icons.button(Feather.SEND, "Send message");
        Runnable sendNow = () -> {
            vm.sendChat(text.getText());
            text.clear();
        };
        send.setOnAction(e -> sendNow.run());
        text.setOnAction(e -> sendNow.run());
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox messages = Forms.labelled("Messenger", lines);
        VBox.setVgrow(messages, Priority.ALWAYS);
        getChildren().addAll(messages, Forms.labelled("To", to), new HBox(6, text, send));
    }
}
