package dev.coms.client.ui.signin;

import static dev.coms.client.ui.Forms.field;
import static dev.coms.client.ui.Forms.labelled;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
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

        TabPane tabs = new TabPane(
                tab("Sign in", signIn(vm)), tab("Register", register(vm)), tab("Join as guest", guest(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);

        Label error = new Label();
        error.setId("error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox card = new VBox(14, title, lead, labelled("Server", server), tabs, error);
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

    private static Tab tab(String text, Node content) {
        return new Tab(text, content);
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
