package dev.coms.client.ui.room;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Icons;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.widgets.VideoSurface;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One participant's tile: video (or initials when the camera is off), name and mic state at the top left, and
 * beside it at the top right Full screen and — for the host, on other people's tiles — Expel. The own preview is mirrored, as
 * people expect from a mirror.
 */
final class TileView extends StackPane {

    private final TileModel tile;
    private final VideoSurface surface;

    TileView(
            TileModel tile,
            UiExecutor ui,
            boolean canExpel,
            Consumer<TileModel> fullScreen,
            Consumer<TileModel> expel) {
        this.tile = tile;
        getStyleClass().add("tile");
        setId("tile-" + tile.participantId());
        surface = new VideoSurface(ui);
        ImageView video = new ImageView();
        video.imageProperty().bind(surface.imageProperty());
        video.setPreserveRatio(true);
        video.fitWidthProperty().bind(widthProperty());
        video.fitHeightProperty().bind(heightProperty());
        video.visibleProperty()
                .bind(tile.cameraProperty().and(surface.imageProperty().isNotNull()));
        if (tile.self()) {
            video.setScaleX(-1);
        }

        Label initials = new Label(initials(tile.name()));
        initials.getStyleClass().add("initials");
        initials.visibleProperty().bind(video.visibleProperty().not());

        FontIcon mic = Icons.icon(Feather.MIC_OFF);
        mic.getStyleClass().add("muted-mic");
        mic.visibleProperty().bind(tile.microphoneProperty().not());
        mic.managedProperty().bind(mic.visibleProperty());
        javafx.scene.control.Tooltip.install(mic, new javafx.scene.control.Tooltip("Microphone off"));
        Label name = new Label(tile.name(), mic);
        name.getStyleClass().add("tile-name");
        name.setMinWidth(0);
        name.maxWidthProperty().bind(widthProperty().subtract(100));

        Label hand = new Label("Hand raised", Icons.icon(Feather.FLAG));
        hand.getStyleClass().add("tile-hand");
        hand.visibleProperty().bind(tile.handProperty());
        hand.managedProperty().bind(hand.visibleProperty());
        javafx.scene.layout.VBox nameAndHand = new javafx.scene.layout.VBox(4, name, hand);
        nameAndHand.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        nameAndHand.setPickOnBounds(false);
        StackPane.setAlignment(nameAndHand, Pos.TOP_LEFT);
        StackPane.setMargin(nameAndHand, new Insets(8));

        HBox actions = new HBox(4);
        actions.getStyleClass().add("tile-actions");
        actions.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        if (!tile.self()) {
            Button full = Icons.button(Feather.MAXIMIZE, "Full screen");
            full.getStyleClass().add("tile-full-screen");
            full.setOnAction(e -> fullScreen.accept(tile));
            actions.getChildren().add(full);
        }
        if (canExpel) {
            Button remove = Icons.button(Feather.USER_X, "Expel " + tile.name());
            remove.getStyleClass().addAll("tile-expel", Styles.DANGER);
            remove.setOnAction(e -> expel.accept(tile));
            actions.getChildren().add(remove);
        }
        StackPane.setAlignment(actions, Pos.TOP_RIGHT);
        StackPane.setMargin(actions, new Insets(6));

        tile.speakingProperty().addListener((o, a, now) -> pseudoClassStateChanged(SPEAKING, now));
        pseudoClassStateChanged(SPEAKING, tile.speakingProperty().get());
        getChildren().addAll(initials, video, nameAndHand, actions);
        setMinSize(160, 90);
    }

    private static final javafx.css.PseudoClass SPEAKING = javafx.css.PseudoClass.getPseudoClass("speaking");

    TileModel tile() {
        return tile;
    }

    VideoSurface surface() {
        return surface;
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.replaceAll("\\(.*?\\)", "").trim().split("\\s+")) {
            if (!part.isEmpty() && out.length() < 2) {
                out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return out.isEmpty() ? "?" : out.toString();
    }
}
