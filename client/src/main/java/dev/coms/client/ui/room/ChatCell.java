package dev.coms.client.ui.room;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Icons;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;

/**
 * One message in the messenger's virtualised list: sender (and for a private message the recipient, with a lock),
 * time, and the text wrapped to the list's width with its links clickable. The cell never asks for more width than
 * the list has, so nothing is cut to "…".
 */
final class ChatCell extends ListCell<ChatLine> {

    private static final PseudoClass PRIVATE = PseudoClass.getPseudoClass("private");
    private static final PseudoClass MINE = PseudoClass.getPseudoClass("mine");

    private final ChatViewModel vm;
    private final Label heading = new Label();
    private final Label time = new Label();
    private final Label privately = new Label("private", Icons.icon(Feather.LOCK));
    private final TextFlow text = new TextFlow();
    private final VBox box;

    ChatCell(ChatViewModel vm, ListView<ChatLine> list) {
        this.vm = vm;
        getStyleClass().add("chat-cell");
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "chat-from");
        heading.setMinWidth(0);
        time.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "chat-time");
        time.setMinWidth(USE_PREF_SIZE);
        privately.getStyleClass().addAll("chat-private-badge", Styles.TEXT_SMALL);
        privately.setMinWidth(USE_PREF_SIZE);
        text.getStyleClass().add("chat-text");
        HBox head = new HBox(6, heading, privately, time);
        box = new VBox(2, head, text);
        // wrap at the list's width (minus padding and scroll bar), never wider
        box.prefWidthProperty().bind(list.widthProperty().subtract(40));
        box.maxWidthProperty().bind(box.prefWidthProperty());
        text.prefWidthProperty().bind(box.prefWidthProperty());
        text.maxWidthProperty().bind(box.prefWidthProperty());
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChatLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            setContextMenu(null);
            setAccessibleText(null);
            pseudoClassStateChanged(PRIVATE, false);
            pseudoClassStateChanged(MINE, false);
            return;
        }
        heading.setText(line.heading());
        time.setText(line.time());
        privately.setVisible(line.privately());
        privately.setManaged(line.privately());
        text.getChildren().setAll(line.parts().stream().map(this::part).toList());
        pseudoClassStateChanged(PRIVATE, line.privately());
        pseudoClassStateChanged(MINE, line.mine());
        setAccessibleText(line.copyText());
        setGraphic(box);
        setContextMenu(menu(line));
    }

    private javafx.scene.Node part(ChatLine.Part part) {
        if (part.link() == null) {
            Text plain = new Text(part.text());
            plain.getStyleClass().add("chat-text-part");
            return plain;
        }
        Hyperlink link = new Hyperlink(part.text());
        link.getStyleClass().add("chat-link");
        link.setWrapText(true);
        link.setOnAction(e -> vm.openLink(part.link()));
        return link;
    }

    private ContextMenu menu(ChatLine line) {
        MenuItem copy = new MenuItem("Copy message");
        copy.setOnAction(e -> vm.copy(List.of(line)));
        ContextMenu menu = new ContextMenu(copy);
        line.parts().stream().filter(p -> p.link() != null).findFirst().ifPresent(p -> {
            MenuItem copyLink = new MenuItem("Copy link");
            copyLink.setOnAction(e -> vm.copyLink(p.link()));
            MenuItem open = new MenuItem("Open link");
            open.setOnAction(e -> vm.openLink(p.link()));
            menu.getItems().addAll(open, copyLink);
        });
        return menu;
    }
}
