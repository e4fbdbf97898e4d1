package dev.coms.client.ui.start;

import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Start an Open Meeting: topic, Start Meeting. */
public final class StartOpenView extends VBox {

    public StartOpenView(StartOpenViewModel vm) {
        super(16);
        getStyleClass().add("page");
        TextField topic = Forms.field("Topic", "What is this meeting about?");
        topic.setId("topic");
        topic.textProperty().bindBidirectional(vm.topicProperty());
        topic.setOnAction(e -> vm.start());
        topic.setMaxWidth(520);
        Button start = Forms.accent("Start Meeting", vm::start);
        start.setId("start-meeting");
        start.setGraphic(Icons.icon(Feather.PLAY));
        start.disableProperty().bind(vm.busyProperty());
        VBox card = new VBox(14, Forms.labelled("Topic", topic), start, Forms.error(vm.messageProperty()));
        card.getStyleClass().add("card");
        card.setMaxWidth(560);
        getChildren()
                .addAll(
                        Forms.title("Start an Open Meeting"),
                        Forms.muted("An open meeting starts now and is listed for everyone in Open Meeting Rooms."),
                        card);
    }
}
