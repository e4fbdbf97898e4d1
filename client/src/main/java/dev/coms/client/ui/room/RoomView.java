package dev.coms.client.ui.room;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Confirm;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.client.ui.UiExecutor;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The meeting room: toolbar toggles on top, the tile grid (re-flowing as people come and go), the messenger and
 * open-meetings panels on the right, the site menu on the left, and the end screen over everything.
 */
public final class RoomView extends StackPane {

    private final RoomViewModel vm;
    private final UiExecutor ui;
    private final GridPane grid = new GridPane();
    private final Map<TileModel, TileView> views = new HashMap<>();
    private Runnable leave = () -> {};
    private Runnable copyInvite = () -> {};
    private Runnable sendInvite = () -> {};

    /**
     * @param siteMenu the app's site menu (shown when toggled)
     * @param openMeetings the open-meetings list panel (shown when toggled)
     */
    public RoomView(RoomViewModel vm, UiExecutor ui, Node siteMenu, Node openMeetings) {
        this.vm = vm;
        this.ui = ui;
        getStyleClass().add("room");
        grid.getStyleClass().add("tile-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        vm.tilesProperty().addListener((ListChangeListener<TileModel>) c -> reflow());

        Label joinedOrLeft = new Label();
        joinedOrLeft.setId("people-notice");
        joinedOrLeft.getStyleClass().add("people-notice");
        joinedOrLeft.setGraphic(Icons.icon(Feather.USERS));
        joinedOrLeft.textProperty().bind(vm.people().noticeProperty());
        joinedOrLeft.visibleProperty().bind(vm.people().noticeProperty().isNotEmpty());
        joinedOrLeft.setMouseTransparent(true);
        Label waiting = new Label();
        waiting.setId("waiting-for-host");
        waiting.getStyleClass().addAll("waiting-for-host", Styles.TITLE_4);
        waiting.setGraphic(Icons.icon(Feather.CLOCK));
        waiting.setWrapText(true);
        waiting.textProperty().bind(vm.waitingForHostProperty());
        waiting.visibleProperty().bind(vm.waitingForHostProperty().isNotEmpty());
        waiting.setMouseTransparent(true);
        joinedOrLeft.managedProperty().bind(joinedOrLeft.visibleProperty());
        waiting.managedProperty().bind(waiting.visibleProperty());
        VBox notices = new VBox(8, waiting, joinedOrLeft);
        notices.setAlignment(Pos.BOTTOM_CENTER);
        notices.setMouseTransparent(true);
        notices.setMaxHeight(USE_PREF_SIZE);
        notices.getStyleClass().add("room-notices");
        StackPane stage = new StackPane(grid, notices);
        StackPane.setAlignment(notices, Pos.BOTTOM_CENTER);
        BorderPane layout = new BorderPane(stage);
        layout.setTop(toolbar());
        layout.setLeft(panel(siteMenu, vm.siteMenuOpenProperty()));
        openMeetings.getStyleClass().add("room-panel");
        Node messenger = panel(new MessengerPanel(vm.chat()), vm.chat().openProperty());
        Node list = panel(openMeetings, vm.openMeetingsOpenProperty());
        Node people = panel(
                new PeoplePanel(vm.people(), vm.hostProperty(), this::confirmExpel, vm::canLowerHand, vm::lowerHand),
                vm.people().openProperty());
        VBox.setVgrow(people, Priority.ALWAYS);
        VBox.setVgrow(messenger, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox right = new VBox(people, messenger, list);
        layout.setRight(right);
        layout.setBottom(new VBox(new DoorBar(vm.door()), notice()));

        VBox endScreen = new VBox(16);
        endScreen.setId("end-screen");
        endScreen.getStyleClass().add("end-screen");
        endScreen.setAlignment(Pos.CENTER);
        Label endText = new Label();
        endText.setId("end-text");
        endText.getStyleClass().add(Styles.TITLE_2);
        endText.textProperty().bind(vm.endedProperty().map(RoomText::of).orElse(""));
        endScreen.getChildren().add(endText);
        endScreen.visibleProperty().bind(vm.endedProperty().isNotNull());
        StackPane fullScreen = new StackPane();
        fullScreen.visibleProperty().bind(vm.fullScreenProperty().isNotNull());
        vm.fullScreenProperty().addListener((o, old, tile) -> {
            TileView shown = tile == null ? null : views.get(tile);
            fullScreen
                    .getChildren()
                    .setAll(
                            shown == null
                                    ? java.util.List.of()
                                    : java.util.List.of(new FullScreenView(tile, shown.surface(), vm::exitFullScreen)));
            if (shown != null) {
                fullScreen.getChildren().getFirst().requestFocus();
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.fullScreenProperty().get() != null) {
                vm.exitFullScreen();
                e.consume();
            }
        });
        getChildren().addAll(layout, fullScreen, endScreen);
        reflow();
    }

    /** What the Leave button does (the Shell confirms for the host, leaves and returns to Home). */
    public void setOnLeave(Runnable leave) {
        this.leave = leave;
    }

    /** What the host's Invite menu does: copy the invitation link, or send it. */
    public void setInvite(Runnable copy, Runnable send) {
        this.copyInvite = copy;
        this.sendInvite = send;
    }

    /** Adds the end-screen action (e.g. "Back to Home"). */
    public void setEndAction(String text, Runnable action) {
        VBox end = (VBox) lookup("#end-screen");
        end.getChildren().add(Forms.accent(text, action));
    }

    private ToolBar toolbar() {
        ToggleButton menu = toggle(Feather.MENU, "Site menu", vm.siteMenuOpenProperty(), vm::toggleSiteMenu);
        menu.setId("toggle-site-menu");
        ToggleButton mic = toggle(Feather.MIC, "Microphone (Ctrl+D)", vm.microphoneProperty(), vm::toggleMicrophone);
        mic.setId("toggle-mic");
        vm.microphoneProperty()
                .addListener((o, a, on) -> mic.setGraphic(Icons.icon(on ? Feather.MIC : Feather.MIC_OFF)));
        ToggleButton cam = toggle(Feather.VIDEO, "Camera (Ctrl+E)", vm.cameraProperty(), vm::toggleCamera);
        cam.setId("toggle-camera");
        vm.cameraProperty()
                .addListener((o, a, on) -> cam.setGraphic(Icons.icon(on ? Feather.VIDEO : Feather.VIDEO_OFF)));
        vm.microphoneAvailableProperty()
                .addListener(
                        (o, a, has) -> mic.getTooltip().setText(has ? "Microphone (Ctrl+D)" : "No microphone found"));
        vm.cameraAvailableProperty()
                .addListener((o, a, has) -> cam.getTooltip().setText(has ? "Camera (Ctrl+E)" : "No camera found"));
        ToggleButton screen = toggle(
                Feather.MONITOR, "Share screen (Ctrl+Shift+S)", vm.screenSharingProperty(), vm::toggleScreenSharing);
        ToggleButton chat = toggle(
                Feather.MESSAGE_SQUARE, "Messenger (Ctrl+Shift+M)", vm.chat().openProperty(), vm::toggleMessenger);
        chat.setId("toggle-messenger");
        Label badge = new Label();
        badge.setId("unread-badge");
        badge.getStyleClass().add("badge");
        badge.textProperty().bind(vm.chat().unreadProperty().asString());
        badge.visibleProperty().bind(vm.chat().unreadProperty().greaterThan(0));
        StackPane chatWithBadge = new StackPane(chat, badge);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        ToggleButton list =
                toggle(Feather.LIST, "Open meetings", vm.openMeetingsOpenProperty(), vm::toggleOpenMeetings);
        ToggleButton people =
                toggle(Feather.USERS, "People (Ctrl+Shift+P)", vm.people().openProperty(), vm.people()::toggle);
        people.setId("toggle-people");
        ToggleButton hand = toggle(Feather.FLAG, "Raise hand (Ctrl+Shift+H)", vm.handRaisedProperty(), vm::toggleHand);
        hand.setId("toggle-hand");
        hand.textProperty().bind(vm.handRaisedProperty().map(up -> up ? "Lower hand" : "Raise hand"));
        people.textProperty().bind(vm.people().countProperty().asString());
        javafx.scene.control.MenuItem copy =
                new javafx.scene.control.MenuItem("Copy invitation link", Icons.icon(Feather.COPY));
        copy.setOnAction(e -> copyInvite.run());
        javafx.scene.control.MenuItem send = new javafx.scene.control.MenuItem("Send link…", Icons.icon(Feather.SEND));
        send.setOnAction(e -> sendInvite.run());
        javafx.scene.control.MenuButton invite = new javafx.scene.control.MenuButton(
                "Invite",
                Icons.icon(Feather.USER_PLUS),
                copy,
                send,
                new javafx.scene.control.SeparatorMenuItem(),
                doorItem("Lock the meeting (no one new can join)", vm.door().lockedProperty(), vm.door()::toggleLock),
                doorItem(
                        "Waiting room (you admit each newcomer)",
                        vm.door().waitingRoomProperty(),
                        vm.door()::toggleWaitingRoom));
        invite.setId("invite");
        Icons.decorate(invite, "Invite people");
        invite.visibleProperty().bind(vm.hostProperty());
        invite.managedProperty().bind(vm.hostProperty());
        Label title = new Label(vm.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(0);
        Region grow = new Region();
        javafx.scene.layout.HBox.setHgrow(grow, Priority.ALWAYS);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), vm::toggleMicrophone);
                scene.getAccelerators()
                        .put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), vm::toggleCamera);
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(
                                        KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                vm::toggleScreenSharing);
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(
                                        KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                vm::toggleMessenger);
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(
                                        KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                vm.people()::toggle);
                scene.getAccelerators()
                        .put(
                                new KeyCodeCombination(
                                        KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                                vm::toggleHand);
            }
        });
        javafx.scene.control.Button leaveButton = Forms.accent("Leave", () -> leave.run());
        leaveButton.setId("leave");
        leaveButton.getStyleClass().setAll("button", "leave-button");
        leaveButton.setGraphic(Icons.icon(Feather.PHONE_OFF));
        Icons.decorate(leaveButton, "Leave the meeting");
        return new ToolBar(
                menu,
                title,
                grow,
                mic,
                cam,
                screen,
                hand,
                people,
                chatWithBadge,
                list,
                invite,
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                leaveButton);
    }

    /** A host's switch for who gets in; it shows what the server says, and choosing it asks the server to change. */
    private static javafx.scene.control.CheckMenuItem doorItem(
            String text, javafx.beans.value.ObservableBooleanValue state, Runnable action) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(text);
        item.setSelected(state.get());
        state.addListener((o, a, now) -> item.setSelected(now));
        item.setOnAction(e -> {
            item.setSelected(state.get());
            action.run();
        });
        return item;
    }

    /** A problem the user can act on, as a dismissible bar under the tiles; hidden while there is none. */
    private Node notice() {
        Label text = new Label();
        text.setId("room-notice-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.problemProperty());
        javafx.scene.control.Button close = Icons.button(Feather.X, "Dismiss");
        close.setOnAction(e -> vm.dismissProblem());
        Region grow = new Region();
        javafx.scene.layout.HBox.setHgrow(grow, Priority.ALWAYS);
        javafx.scene.layout.HBox bar =
                new javafx.scene.layout.HBox(10, Icons.icon(Feather.ALERT_TRIANGLE), text, grow, close);
        bar.setId("room-notice");
        bar.getStyleClass().add("room-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static ToggleButton toggle(
            Ikon ikon, String tip, javafx.beans.value.ObservableBooleanValue state, Runnable action) {
        ToggleButton button = Icons.decorate(new ToggleButton(null, Icons.icon(ikon)), tip);
        button.setSelected(state.get());
        state.addListener((o, a, now) -> button.setSelected(now));
        button.setOnAction(e -> {
            button.setSelected(state.get());
            action.run();
        });
        return button;
    }

    private static Node panel(Node content, javafx.beans.value.ObservableBooleanValue open) {
        content.visibleProperty().bind(open);
        content.managedProperty().bind(open);
        return content;
    }

    /** Lays the tiles out in a near-square grid: 1, 2, 2x2, 3x2, 3x3. */
    private void reflow() {
        views.keySet().removeIf(tile -> {
            boolean gone = !vm.tilesProperty().contains(tile);
            if (gone) {
                vm.detachVideo(tile);
            }
            return gone;
        });
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int n = vm.tilesProperty().size();
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(n)));
        int rows = Math.max(1, (int) Math.ceil(n / (double) columns));
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            TileModel tile = vm.tilesProperty().get(i);
            TileView view = views.computeIfAbsent(tile, this::newTile);
            view.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            grid.add(view, i % columns, i / columns);
        }
    }

    private TileView newTile(TileModel tile) {
        TileView view = new TileView(tile, ui, vm.canExpel(tile), vm::toggleFullScreen, this::confirmExpel);
        vm.attachVideo(tile, view.surface());
        return view;
    }

    private void confirmExpel(Person person) {
        if (Confirm.ask(
                getScene().getWindow(),
                "Expel " + person.name() + "?",
                "They leave the meeting now and cannot join it again.",
                "Expel",
                "Cancel")) {
            vm.expel(person);
        }
    }

    private void confirmExpel(TileModel tile) {
        if (Confirm.ask(
                getScene().getWindow(),
                "Expel " + tile.name() + "?",
                "They leave the meeting now and cannot join it again.",
                "Expel",
                "Cancel")) {
            vm.expel(tile);
        }
    }
}
