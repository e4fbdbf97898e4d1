package dev.coms.client.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Vector icons (sharp at any scale) with a tooltip on every icon button. */
public final class Icons {

    private Icons() {}

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = FontIcon.of(ikon);
        icon.getStyleClass().add("coms-icon");
        return icon;
    }

    /** A borderless icon button; {@code tip} is its tooltip and accessible text. */
    public static Button button(Ikon ikon, String tip) {
        Button button = new Button(null, icon(ikon));
        decorate(button, tip);
        button.getStyleClass().addAll("button-icon", "flat");
        return button;
    }

    /** Gives a button a tooltip and an accessible name. */
    public static <B extends ButtonBase> B decorate(B button, String tip) {
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        return button;
    }
}
