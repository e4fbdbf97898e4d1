package dev.coms.client.ui.room;

import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.client.ui.room.ChatViewModel.Recipient;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The messenger: a virtualised list of wrapped messages (select with the mouse or keyboard, Ctrl+C or the context
 * menu copies), a recipient (everyone or one person) and a text field. The list follows new messages unless the
 * user scrolled up; then a "new messages" button leads back down.
 */
final class MessengerPanel extends VBox {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ChatViewModel vm;
    private final ListView<ChatLine> lines;

    MessengerPanel(ChatViewModel vm) {
        super(8);
        this.vm = vm;
        setId("messenger");
        getStyleClass().add("room-panel");
        setPrefWidth(320);
        setMinWidth(240);
        lines = new ListView<>(vm.linesProperty());
        lines.setId("chat-lines");
        lines.setAccessibleText("Messages");
        lines.setPlaceholder(Forms.muted("No messages yet."));
        lines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        lines.setCellFactory(v -> new ChatCell(vm, lines));
        lines.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                vm.copy(lines.getSelectionModel().getSelectedItems());
                e.consume();
            }
        });
        vm.linesProperty().addListener((ListChangeListener<ChatLine>) c -> {
            if (vm.followingProperty().get()) {
                lines.scrollTo(vm.linesProperty().size() - 1);
            }
        });
        lines.skinProperty().addListener((o, a, skin) -> watchScrolling());
        VBox.setVgrow(lines, Priority.ALWAYS);

        Button newer = new Button(null, Icons.icon(Feather.ARROW_DOWN));
        newer.setId("chat-newer");
        newer.getStyleClass().add("chat-newer");
        newer.textProperty()
                .bind(vm.newBelowProperty().map(n -> n.intValue() == 1 ? "1 new message" : n + " new messages"));
        newer.visibleProperty().bind(vm.newBelowProperty().greaterThan(0));
        newer.setOnAction(e -> {
            lines.scrollTo(vm.linesProperty().size() - 1);
            vm.follow(true);
        });
        StackPane listWithNewer = new StackPane(lines, newer);
        StackPane.setAlignment(newer, Pos.BOTTOM_CENTER);
        VBox.setVgrow(listWithNewer, Priority.ALWAYS);

        ComboBox<Recipient> to = new ComboBox<>(vm.recipientsProperty());
        to.valueProperty().bindBidirectional(vm.recipientProperty());
        to.setAccessibleText("Send to");
        to.setMaxWidth(Double.MAX_VALUE);
        TextField text = Forms.field("Message", "Write a message");
        text.setId("chat-text");
        Button send = Icons.button(Feather.SEND, "Send message");
        Runnable sendNow = () -> {
            vm.send(text.getText());
            text.clear();
        };
        send.setOnAction(e -> sendNow.run());
        text.setOnAction(e -> sendNow.run());
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox messages = Forms.labelled("Messenger", listWithNewer);
        VBox.setVgrow(messages, Priority.ALWAYS);
        getChildren().addAll(messages, Forms.labelled("To", to), new HBox(6, text, send));
    }

    /** Tells the ViewModel whether the newest message is in view, whenever the vertical scroll position moves. */
    private void watchScrolling() {
        for (Node n : lines.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                Runnable check = () -> vm.follow(!bar.isVisible() || bar.getValue() >= bar.getMax() - 1e-3);
                bar.valueProperty().addListener((o, a, b) -> check.run());
                bar.visibleProperty().addListener((o, a, b) -> check.run());
            }
        }
    }

    ListView<ChatLine> list() {
        return lines;
    }
}
