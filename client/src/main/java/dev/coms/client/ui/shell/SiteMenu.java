package dev.coms.client.ui.shell;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Icons;
import dev.coms.client.ui.port.Navigator;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The site menu: every page is one click away, from anywhere (also inside the meeting room). */
public final class SiteMenu extends VBox {

    /**
     * @param host whether the user may schedule and start meetings (hides those entries for guests)
     * @param who the signed-in name to show
     * @param signOut what Sign out does
     */
    public SiteMenu(
            Navigator nav,
            ObservableBooleanValue host,
            javafx.beans.value.ObservableStringValue who,
            Runnable signOut) {
        super(4);
        getStyleClass().add("site-menu");
        Label brand = new Label("Coms");
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Label user = new Label();
        user.getStyleClass().add(Styles.TEXT_MUTED);
        user.textProperty().bind(who);
        Button scheduler = entry(Feather.CALENDAR, "Meeting Scheduler", "menu-scheduler", nav::scheduler);
        Button start = entry(Feather.PLAY_CIRCLE, "Start an Open Meeting", "menu-start", nav::startOpenMeeting);
        for (Button hostOnly : new Button[] {scheduler, start}) {
            hostOnly.visibleProperty().bind(host);
            hostOnly.managedProperty().bind(host);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren()
                .addAll(
                        brand,
                        user,
                        entry(Feather.HOME, "Home", "menu-home", nav::home),
                        scheduler,
                        start,
                        entry(Feather.USERS, "Open Meeting Rooms", "menu-open", nav::openMeetings),
                        entry(Feather.SETTINGS, "Settings", "menu-settings", nav::settings),
                        spacer,
                        entry(Feather.LOG_OUT, "Sign out", "menu-sign-out", signOut));
    }

    private static Button entry(Ikon ikon, String text, String id, Runnable action) {
        Button button = new Button(text, Icons.icon(ikon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.FLAT, "menu-entry");
        button.setAlignment(Pos.CENTER_LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        Icons.decorate(button, text);
        button.setOnAction(e -> action.run());
        return button;
    }
}
