package dev.coms.client.ui.signin;

import static dev.coms.client.ui.Forms.field;
import static dev.coms.client.ui.Forms.labelled;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** First run / sign-in page: server address, then Sign in, Register or Continue as a guest. */
public final class FirstRunView extends StackPane {

    public FirstRunView(FirstRunViewModel vm) {
        getStyleClass().add("first-run");
        Label title = new Label("Welcome to Coms");
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label("Video meetings, straight from person to person.");
        lead.getStyleClass().add(Styles.TEXT_MUTED);

        TextField server = field("Server address", "https://coms.example.org");
        server.setId("server");
        server.textProperty().bindBidirectional(vm.serverProperty());

        StackPane forms = new StackPane();
        ToggleGroup choice = new ToggleGroup();
        HBox tabs = new HBox(choiceOf("Sign in", signIn(vm), choice, forms, Styles.LEFT_PILL),
                choiceOf("Register", register(vm), choice, forms, Styles.CENTER_PILL),
                choiceOf("Join as guest", guest(vm), choice, forms, Styles.RIGHT_PILL));
        choice.getToggles().getFirst().setSelected(true);
        choice.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });

        Label error = new Label();
        error.setId("error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox card = new VBox(14, title, lead, labelled("Server", server), tabs, forms, error);
        card.getStyleClass().add("card");
        card.setMaxWidth(480);
        card.setMaxHeight(USE_PREF_SIZE);
        card.disableProperty().bind(vm.busyProperty());
        setAlignment(Pos.CENTER);
        getChildren().add(card);
    }

    private static Node signIn(FirstRunViewModel vm) {
        TextField email = field("Email", "you@example.org");
        email.setId("sign-in-email");
        email.textProperty().bindBidirectional(vm.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("sign-in-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Button go = primary("Sign in", vm::signIn);
        go.setId("sign-in");
        password.setOnAction(e -> vm.signIn());
        return form(labelled("Email", email), labelled("Password", password), go);
    }

    private static Node register(FirstRunViewModel vm) {
        TextField email = field("Email", "you@example.org");
        email.textProperty().bindBidirectional(vm.emailProperty());
        TextField name = field("Name", "How others see you");
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        PasswordField password = new PasswordField();
        password.setPromptText("At least 8 characters");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setId("register-password");
        password.setOnAction(e -> vm.register());
        Button go = primary("Create account", vm::register);
        go.setId("register");
        return form(labelled("Email", email), labelled("Your name", name), labelled("Password", password), go);
    }

    private static Node guest(FirstRunViewModel vm) {
        TextField name = field("Name", "How others see you");
        name.setId("guest-name");
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        name.setOnAction(e -> vm.continueAsGuest());
        Label hint = new Label("Guests can join meetings; hosts can also schedule and start them.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button go = primary("Continue as guest", vm::continueAsGuest);
        go.setId("continue-as-guest");
        return form(labelled("Your name", name), hint, go);
    }

    /** One segment of the Sign in / Register / Guest switch; its form shows while it is selected. */
    private static ToggleButton choiceOf(String text, Node form, ToggleGroup group, StackPane forms, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, javafx.scene.layout.Priority.ALWAYS);
        form.visibleProperty().bind(button.selectedProperty());
        forms.getChildren().add(form);
        return button;
    }

    private static VBox form(Node... nodes) {
        VBox box = new VBox(10, nodes);
        box.getStyleClass().add("form");
        return box;
    }

    private static Button primary(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(Styles.ACCENT);
        button.setDefaultButton(false);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
