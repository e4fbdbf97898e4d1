package dev.coms.client.ui.settings;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Confirm;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.PasswordRule;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** The Account card of Settings: change password, sign out everywhere. */
final class AccountCard extends VBox {

    AccountCard(AccountViewModel vm) {
        super(10);
        getStyleClass().add("card");
        Label heading = new Label("Account");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label who = Forms.muted("Signed in as " + vm.email());
        PasswordField current = password("current-password", "Current password");
        current.textProperty().bindBidirectional(vm.currentPasswordProperty());
        PasswordField fresh = password("new-password", "New password");
        fresh.textProperty().bindBidirectional(vm.newPasswordProperty());
        PasswordField repeat = password("repeat-password", "Repeat the new password");
        repeat.textProperty().bindBidirectional(vm.repeatPasswordProperty());
        repeat.setOnAction(e -> vm.changePassword());
        Button change = Forms.accent("Change password", vm::changePassword);
        change.setId("change-password");
        change.disableProperty().bind(vm.busyProperty());
        Label done = new Label();
        done.setId("account-message");
        done.setWrapText(true);
        done.getStyleClass().add(Styles.SUCCESS);
        done.textProperty().bind(vm.messageProperty());
        Label error = Forms.error(vm.errorProperty());
        error.setId("account-error");
        Button everywhere = Forms.plain("Sign out everywhere", () -> {
            if (Confirm.ask(
                    getScene().getWindow(),
                    "Sign out on every device?",
                    "Coms signs you out here and on every other computer. You sign in again with your password.",
                    "Sign out everywhere",
                    "Stay signed in")) {
                vm.signOutEverywhere();
            }
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.getStyleClass().add(Styles.DANGER);
        everywhere.disableProperty().bind(vm.busyProperty());
        getChildren()
                .addAll(
                        heading,
                        who,
                        Forms.labelled("Current password", current),
                        new VBox(4, Forms.labelled("New password", fresh), wrapping(Forms.muted(PasswordRule.TEXT))),
                        Forms.labelled("Repeat the new password", repeat),
                        change,
                        done,
                        error,
                        everywhere);
        setPrefWidth(320);
        setMaxWidth(360);
    }

    private static PasswordField password(String id, String accessible) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessible);
        return field;
    }

    /** A wrapping label that asks for the height its lines need (so it is never cut to "…"). */
    static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
