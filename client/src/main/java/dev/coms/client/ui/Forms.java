package dev.coms.client.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Small builders shared by the pages, so forms look the same everywhere. */
public final class Forms {

    private Forms() {}

    public static TextField field(String accessible, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setAccessibleText(accessible);
        return field;
    }

    /** A field with its label above it. */
    public static VBox labelled(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        return new VBox(4, label, field);
    }

    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_2);
        return label;
    }

    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    /** A red one-sentence message bound to {@code text}, hidden while empty. */
    public static Label error(javafx.beans.value.ObservableStringValue text) {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, "error-message");
        error.setWrapText(true);
        error.textProperty().bind(text);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    public static Button accent(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(e -> action.run());
        return button;
    }

    public static Button plain(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        return button;
    }
}
