package dev.coms.client.ui.signin;

import static dev.coms.client.ui.Forms.field;
import static dev.coms.client.ui.Forms.labelled;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.signin.PasswordResetViewModel.Step;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The "Forgot password" steps in place of the sign-in form: email → "we sent a code" → code and new password. */
final class PasswordResetForm extends StackPane {

    PasswordResetForm(PasswordResetViewModel vm) {
        Label heading = new Label("Reset your password");
        heading.getStyleClass().add(Styles.TITLE_4);

        TextField email = field("Email", "you@example.org");
        email.setId("reset-email");
        email.textProperty().bindBidirectional(vm.emailProperty());
        email.setOnAction(e -> vm.sendCode());
        Button send = FirstRunView.primary("Send me a code", vm::sendCode);
        send.setId("send-reset-code");
        send.disableProperty().bind(vm.busyProperty());
        VBox askEmail = FirstRunView.form(
                heading,
                Forms.muted("We mail you a code to set a new password."),
                labelled("Email", email),
                send,
                back(vm));
        askEmail.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.EMAIL));

        Label heading2 = new Label("Check your email");
        heading2.getStyleClass().add(Styles.TITLE_4);
        Label sent = FirstRunView.wrapping(Forms.muted(""));
        sent.setId("reset-sent");
        sent.textProperty().bind(vm.infoProperty());
        TextField code = field("Code from the email", "ABCD-EFGH-JKMN");
        code.setId("reset-code");
        code.textProperty().bindBidirectional(vm.codeProperty());
        PasswordField password = new PasswordField();
        password.setId("reset-password");
        password.setAccessibleText("New password");
        password.textProperty().bindBidirectional(vm.newPasswordProperty());
        password.setOnAction(e -> vm.confirm());
        Button confirm = FirstRunView.primary("Set password and sign in", vm::confirm);
        confirm.setId("confirm-reset");
        confirm.disableProperty().bind(vm.busyProperty());
        VBox enterCode = FirstRunView.form(
                heading2,
                sent,
                labelled("Code from the email", code),
                new VBox(
                        4,
                        labelled("New password", password),
                        FirstRunView.wrapping(Forms.muted(FirstRunViewModel.PASSWORD_RULE))),
                confirm,
                back(vm));
        enterCode.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.CODE));

        Label error = Forms.error(vm.errorProperty());
        error.setId("reset-error");
        askEmail.getChildren().add(askEmail.getChildren().size() - 1, error);
        enterCode.getChildren().add(enterCode.getChildren().size() - 1, Forms.error(vm.errorProperty()));
        vm.stepProperty().addListener((o, old, now) -> {
            if (now == Step.CODE) {
                Platform.runLater(code::requestFocus);
            } else if (now == Step.EMAIL) {
                Platform.runLater(email::requestFocus);
            }
        });
        askEmail.managedProperty().bind(askEmail.visibleProperty());
        enterCode.managedProperty().bind(enterCode.visibleProperty());
        getChildren().addAll(askEmail, enterCode);
    }

    private static Hyperlink back(PasswordResetViewModel vm) {
        Hyperlink back = new Hyperlink("Back to sign in");
        back.setOnAction(e -> vm.close());
        return back;
    }
}
