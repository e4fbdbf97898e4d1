package dev.coms.client.ui.room;

import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/** The running call in one line above another page: status, Return to meeting, microphone, Leave. */
public final class CallBar extends HBox {

    /** @param leave what Leave does (the Shell confirms for the host) */
    public CallBar(CallBarViewModel vm, Runnable leave) {
        super(10);
        setId("call-bar");
        getStyleClass().add("call-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("call-bar-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.textProperty().bind(vm.statusProperty());
        status.setGraphic(Icons.icon(Feather.PHONE_CALL));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        Button back = Forms.accent("Return to meeting", vm::returnToMeeting);
        back.setId("return-to-meeting");
        back.setMinWidth(USE_PREF_SIZE);
        ToggleButton mic = Icons.decorate(new ToggleButton(null, Icons.icon(Feather.MIC)), "Microphone (Ctrl+D)");
        mic.setId("call-bar-mic");
        mic.setMinWidth(USE_PREF_SIZE);
        mic.setSelected(vm.room().microphoneProperty().get());
        vm.room().microphoneProperty().addListener((o, a, on) -> {
            mic.setSelected(on);
            mic.setGraphic(Icons.icon(on ? Feather.MIC : Feather.MIC_OFF));
        });
        mic.setOnAction(e -> {
            mic.setSelected(vm.room().microphoneProperty().get());
            vm.toggleMicrophone();
        });
        Button end = new Button("Leave", Icons.icon(Feather.PHONE_OFF));
        end.setId("call-bar-leave");
        end.getStyleClass().add("leave-button");
        end.setMinWidth(USE_PREF_SIZE);
        end.setOnAction(e -> leave.run());
        vm.room().endedProperty().addListener((o, a, now) -> {
            end.setText(now == null ? "Leave" : "Close");
            mic.setVisible(now == null);
            mic.setManaged(now == null);
        });
        Icons.decorate(end, "Leave the meeting");
        getChildren().addAll(status, back, mic, end);
    }
}
