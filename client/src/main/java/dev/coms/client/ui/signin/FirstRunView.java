package dev.coms.client.ui.signin;

import static dev.coms.client.ui.Forms.field;
import static dev.coms.client.ui.Forms.labelled;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.signin.FirstRunViewModel.Field;
import dev.coms.client.ui.signin.FirstRunViewModel.Form;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * First run / sign-in page: Sign in, Register or Continue as a guest; the server address under "Advanced". Only
 * the buttons are disabled while a request runs, so the keyboard focus stays where the user typed; after a
 * problem the ViewModel names the field to correct and it gets the focus.
 */
public final class FirstRunView extends ScrollPane {

    private final Map<Form, Map<Field, TextInputControl>> fields = new EnumMap<>(Form.class);
    private final FirstRunViewModel vm;
    private final TitledPane advanced;
    private final TextField server;

    public FirstRunView(FirstRunViewModel vm) {
        this.vm = vm;
        PasswordResetViewModel reset = vm.passwordReset();
        getStyleClass().add("page-scroll");
        setFitToWidth(true);
        setFitToHeight(true);
        Label title = new Label("Welcome to Coms");
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label("Video meetings, straight from person to person.");
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        wrapping(lead);

        server = field("Server address", "https://coms.example.org");
        server.setId("server");
        server.textProperty().bindBidirectional(vm.serverProperty());
        server.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                reset.checkServer();
            }
        });
        advanced = new TitledPane(
                "Advanced",
                new VBox(
                        6,
                        labelled("Server", server),
                        Forms.muted("Most people keep the address they were given. Coms remembers it.")));
        advanced.setId("advanced");
        advanced.setExpanded(false);
        advanced.setAnimated(false);
        vm.advancedProperty().addListener((o, was, is) -> advanced.setExpanded(advanced.isExpanded() || is));

        StackPane forms = new StackPane();
        ToggleGroup choice = new ToggleGroup();
        ToggleButton signIn = choiceOf("Sign in", signIn(vm, reset), choice, forms, Styles.LEFT_PILL);
        ToggleButton register = choiceOf("Register", register(vm), choice, forms, Styles.CENTER_PILL);
        ToggleButton guest = choiceOf("Join as guest", guest(vm), choice, forms, Styles.RIGHT_PILL);
        HBox tabs = new HBox(signIn, register, guest);
        tabs.disableProperty().bind(vm.busyProperty().or(reset.busyProperty()));
        Map<Form, ToggleButton> byForm = Map.of(Form.SIGN_IN, signIn, Form.REGISTER, register, Form.GUEST, guest);
        byForm.get(vm.formProperty().get()).setSelected(true);
        choice.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            byForm.forEach((f, b) -> {
                if (b == now) {
                    vm.formProperty().set(f);
                }
            });
            reset.close();
        });

        Label error = Forms.error(vm.errorProperty());
        error.setId("error");

        VBox card = new VBox(14, title, lead, tabs, forms, error, advanced);
        vm.invitation().ifPresent(invite -> {
            title.setText("You are invited");
            lead.setText("Join as a guest with your name, or sign in if you have an account.");
            card.getChildren().add(1, invitationCard(invite));
            sceneProperty().addListener((o, old, now) -> {
                if (now == null) {
                    invite.close();
                }
            });
        });
        card.getStyleClass().add("card");
        card.setMaxWidth(480);
        card.setMaxHeight(USE_PREF_SIZE);
        StackPane centre = new StackPane(card);
        centre.getStyleClass().add("first-run");
        centre.setAlignment(Pos.CENTER);
        setContent(centre);
        vm.focusProperty().addListener((o, old, now) -> focus(now));
        reset.checkServer();
    }

    private static Node invitationCard(InvitationPreview invite) {
        Label name = new Label();
        name.setId("invite-title");
        name.getStyleClass().add(Styles.TITLE_3);
        Label topic = Forms.muted("");
        Label host = new Label();
        Label when = new Label();
        when.setId("invite-when");
        when.textProperty().bind(invite.whenProperty());
        Label countdown = new Label();
        countdown.setId("invite-countdown");
        countdown.getStyleClass().add("countdown");
        countdown.textProperty().bind(invite.countdownProperty());
        Label problem = Forms.error(invite.problemProperty());
        invite.meetingProperty().addListener((o, old, m) -> {
            name.setText(m.title());
            boolean sameAsTitle =
                    m.topic() == null || m.topic().isBlank() || m.topic().equals(m.title());
            topic.setText(sameAsTitle ? "" : m.topic());
            topic.setManaged(!sameAsTitle);
            host.setText("Hosted by " + m.hostName());
        });
        VBox box = new VBox(4, name, topic, host, when, countdown, problem);
        box.setId("invitation-card");
        box.getStyleClass().addAll("card", "open-banner");
        return box;
    }

    private void focus(Field field) {
        if (field == null) {
            return;
        }
        TextInputControl target = field == Field.SERVER
                ? server
                : fields.getOrDefault(vm.formProperty().get(), Map.of()).get(field);
        if (target != null) {
            Platform.runLater(() -> {
                target.requestFocus();
                target.selectAll();
            });
        }
    }

    private TextInputControl keep(Form form, Field field, TextInputControl control) {
        fields.computeIfAbsent(form, f -> new EnumMap<>(Field.class)).put(field, control);
        return control;
    }

    private Node signIn(FirstRunViewModel vm, PasswordResetViewModel reset) {
        TextField email = field("Email", "you@example.org");
        email.setId("sign-in-email");
        email.textProperty().bindBidirectional(vm.emailProperty());
        keep(Form.SIGN_IN, Field.EMAIL, email);
        PasswordField password = new PasswordField();
        password.setId("sign-in-password");
        password.setAccessibleText("Password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        keep(Form.SIGN_IN, Field.PASSWORD, password);
        Button go = primary("Sign in", vm::signIn);
        go.setId("sign-in");
        go.disableProperty().bind(vm.busyProperty());
        password.setOnAction(e -> vm.signIn());
        Hyperlink forgot = new Hyperlink("Forgot password?");
        forgot.setId("forgot-password");
        forgot.visibleProperty().bind(reset.availableProperty());
        forgot.setOnAction(e -> reset.open());
        VBox plain = form(labelled("Email", email), labelled("Password", password), go, forgot);
        Node resetForm = new PasswordResetForm(reset);
        plain.visibleProperty().bind(reset.stepProperty().isEqualTo(PasswordResetViewModel.Step.CLOSED));
        resetForm.visibleProperty().bind(plain.visibleProperty().not());
        plain.managedProperty().bind(plain.visibleProperty());
        resetForm.managedProperty().bind(resetForm.visibleProperty());
        return new StackPane(plain, resetForm);
    }

    private Node register(FirstRunViewModel vm) {
        TextField email = field("Email", "you@example.org");
        email.setId("register-email");
        email.textProperty().bindBidirectional(vm.emailProperty());
        keep(Form.REGISTER, Field.EMAIL, email);
        TextField name = field("Name", "How others see you");
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        keep(Form.REGISTER, Field.NAME, name);
        PasswordField password = new PasswordField();
        password.setAccessibleText("Password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setId("register-password");
        keep(Form.REGISTER, Field.PASSWORD, password);
        PasswordField confirm = new PasswordField();
        confirm.setAccessibleText("Repeat the password");
        confirm.textProperty().bindBidirectional(vm.confirmPasswordProperty());
        confirm.setId("register-confirm");
        confirm.setOnAction(e -> vm.register());
        keep(Form.REGISTER, Field.CONFIRM, confirm);
        Label rule = wrapping(Forms.muted(FirstRunViewModel.PASSWORD_RULE));
        rule.setId("password-rule");
        Button go = primary("Create account", vm::register);
        go.setId("register");
        go.disableProperty().bind(vm.busyProperty());
        return form(
                labelled("Email", email),
                labelled("Your name", name),
                new VBox(4, labelled("Password", password), rule),
                labelled("Repeat the password", confirm),
                go);
    }

    private Node guest(FirstRunViewModel vm) {
        TextField name = field("Name", "How others see you");
        name.setId("guest-name");
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        name.setOnAction(e -> vm.continueAsGuest());
        keep(Form.GUEST, Field.NAME, name);
        Label hint = wrapping(Forms.muted("Guests can join meetings; hosts can also schedule and start them."));
        Button go = primary(vm.invitation().isPresent() ? "Join as guest" : "Continue as guest", vm::continueAsGuest);
        go.setId("continue-as-guest");
        return form(labelled("Your name", name), hint, go);
    }

    /** One segment of the Sign in / Register / Guest switch; its form shows while it is selected. */
    private static ToggleButton choiceOf(String text, Node form, ToggleGroup group, StackPane forms, String pill) {
        ToggleButton button = new ToggleButton(text);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        form.visibleProperty().bind(button.selectedProperty());
        form.managedProperty().bind(form.visibleProperty()); // the card is as tall as the form it shows
        forms.getChildren().add(form);
        return button;
    }

    static VBox form(Node... nodes) {
        VBox box = new VBox(10, nodes);
        box.getStyleClass().add("form");
        return box;
    }

    static Button primary(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(Styles.ACCENT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A wrapping label that asks for the height its lines need (so it is never cut to "…"). */
    static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
