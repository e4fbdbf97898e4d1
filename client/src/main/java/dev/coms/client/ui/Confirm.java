package dev.coms.client.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Confirmation for actions that cannot be undone: the safe choice is the default, the other one is red. */
public final class Confirm {

    private Confirm() {}

    /** Asks and waits (FX thread); true when the user chose {@code act}. */
    public static boolean ask(Window owner, String header, String text, String act, String stay) {
        ButtonType yes = new ButtonType(act, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(stay, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.setHeaderText(header);
        alert.setTitle(header);
        if (owner != null) {
            alert.initOwner(owner);
        }
        Button danger = (Button) alert.getDialogPane().lookupButton(yes);
        danger.setDefaultButton(false);
        danger.getStyleClass().add(Styles.DANGER);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().map(yes::equals).orElse(false);
    }
}
