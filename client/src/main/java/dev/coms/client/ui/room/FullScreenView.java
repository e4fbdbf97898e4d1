package dev.coms.client.ui.room;

import dev.coms.client.ui.Icons;
import dev.coms.client.ui.widgets.VideoSurface;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * One tile over the whole Coms window: the same video surface as in the grid (no second window, no frozen copy),
 * initials while there is no video, the name top left and "Exit full screen" top right beside it.
 */
final class FullScreenView extends StackPane {

    FullScreenView(TileModel tile, VideoSurface surface, Runnable exit) {
        setId("full-screen");
        getStyleClass().add("full-screen-video");
        ImageView video = new ImageView();
        video.setId("full-screen-image");
        video.imageProperty().bind(surface.imageProperty());
        video.setPreserveRatio(true);
        video.fitWidthProperty().bind(widthProperty());
        video.fitHeightProperty().bind(heightProperty());
        video.visibleProperty()
                .bind(tile.cameraProperty().and(surface.imageProperty().isNotNull()));
        Label initials = new Label(TileView.initials(tile.name()));
        initials.setId("full-screen-initials");
        initials.getStyleClass().add("initials");
        initials.visibleProperty().bind(video.visibleProperty().not());

        Label name = new Label(tile.name());
        name.getStyleClass().add("tile-name");
        name.setMinWidth(0);
        Button close = Icons.button(Feather.MINIMIZE, "Exit full screen (Esc)");
        close.setId("exit-full-screen");
        close.setOnAction(e -> exit.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, name, grow, close);
        top.getStyleClass().add("tile-actions");
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(top, Pos.TOP_CENTER);
        StackPane.setMargin(top, new Insets(10));
        getChildren().addAll(initials, video, top);
        setFocusTraversable(true);
    }
}
