package dev.coms.client.ui.shell;

import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.Confirm;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.client.ui.home.HomeView;
import dev.coms.client.ui.home.HomeViewModel;
import dev.coms.client.ui.home.NextMeetingViewModel;
import dev.coms.client.ui.open.OpenMeetingsView;
import dev.coms.client.ui.open.OpenMeetingsViewModel;
import dev.coms.client.ui.port.Navigator;
import dev.coms.client.ui.room.CallBar;
import dev.coms.client.ui.room.CallBarViewModel;
import dev.coms.client.ui.room.RoomView;
import dev.coms.client.ui.room.RoomViewModel;
import dev.coms.client.ui.scheduler.Reminders;
import dev.coms.client.ui.scheduler.SchedulerView;
import dev.coms.client.ui.scheduler.SchedulerViewModel;
import dev.coms.client.ui.session.UserSession;
import dev.coms.client.ui.settings.SettingsView;
import dev.coms.client.ui.settings.SettingsViewModel;
import dev.coms.client.ui.signin.FirstRunView;
import dev.coms.client.ui.signin.FirstRunViewModel;
import dev.coms.client.ui.sound.Chimes;
import dev.coms.client.ui.start.StartOpenView;
import dev.coms.client.ui.start.StartOpenViewModel;
import dev.coms.protocol.InviteLink;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window's content and navigation: the site menu beside the current page, first run when nobody is signed
 * in, and the meeting room in place of everything while a meeting runs. Pages opened from the room's site menu
 * leave the call running in a {@link CallBar} above them; only Leave, closing the window, signing out or joining
 * another meeting (each confirmed where it ends the meeting) leaves it. FX thread.
 */
public final class Shell implements Navigator {

    private final AppServices services;
    private final ZoneId zone;
    private final Clock deviceClock;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final Chimes chimes;
    private final Reminders reminders;
    private AutoCloseable page;
    private final StackPane callBarSlot = new StackPane();
    private RoomViewModel room;
    private RoomView roomView;
    private CallBarViewModel callBar;
    private InviteLink pendingInvite;

    public Shell(AppServices services, ZoneId zone, Clock deviceClock) {
        this.services = services;
        this.zone = zone;
        this.deviceClock = deviceClock;
        this.chimes = new Chimes(services::preferences);
        this.reminders = new Reminders(services, this, zone, chimes);
        root.getStyleClass().add("coms-root");
        frame.setLeft(siteMenu());
        callBarSlot.managedProperty().bind(Bindings.isNotEmpty(callBarSlot.getChildren()));
        frame.setTop(new VBox(callBarSlot, reminderBanner()));
        services.sessionProperty().addListener((o, old, now) -> {
            if (now != null) {
                services.followServer();
            } else {
                services.openMeetings().stop();
                if (!services.noticeProperty().get().isEmpty() && room == null) {
                    firstRun();
                }
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Shows Home when a session is remembered, otherwise first run. */
    public void start() {
        reminders.start();
        if (services.session().filter(s -> !s.expiredAt(deviceClock.instant())).isPresent()) {
            services.followServer();
            home();
        } else {
            services.session().ifPresent(s -> services.signOut());
            firstRun();
        }
    }

    private Node siteMenu() {
        return new SiteMenu(
                this,
                Bindings.createBooleanBinding(
                        () -> services.session().map(UserSession::host).orElse(false), services.sessionProperty()),
                Bindings.createStringBinding(
                        () -> services.session()
                                .map(s -> s.displayName() + (s.host() ? "" : " (guest)"))
                                .orElse(""),
                        services.sessionProperty()),
                () -> {
                    if (leaveRoom(window())) {
                        services.signOut();
                        firstRun();
                    }
                });
    }

    @Override
    public void firstRun() {
        if (!leaveRoom(window())) {
            return;
        }
        show(null);
        // Someone who opened an invitation link before signing in sees the meeting first, "Join as guest" chosen.
        root.getChildren().setAll(new FirstRunView(new FirstRunViewModel(services, this, pendingInvite, zone)));
    }

    @Override
    public void home() {
        if (pendingInvite != null) {
            InviteLink link = pendingInvite;
            pendingInvite = null;
            invite(link);
            return;
        }
        HomeViewModel vm = new HomeViewModel(services, this, zone);
        NextMeetingViewModel next = new NextMeetingViewModel(services, this, zone);
        showPage(new HomeView(vm, next), vm);
        next.load();
    }

    @Override
    public void invite(InviteLink link) {
        if (services.session().isEmpty()) {
            pendingInvite = link;
            firstRun();
            return;
        }
        HomeViewModel vm = new HomeViewModel(services, this, zone);
        showPage(new HomeView(vm), vm);
        vm.showInvite(link);
    }

    @Override
    public void scheduler() {
        showPage(new SchedulerView(new SchedulerViewModel(services, this, zone, deviceClock)), null);
    }

    @Override
    public void startOpenMeeting() {
        showPage(new StartOpenView(new StartOpenViewModel(services, this, zone)), null);
    }

    @Override
    public void openMeetings() {
        showPage(openMeetingsView(), null);
    }

    @Override
    public void settings() {
        SettingsViewModel vm = new SettingsViewModel(services, this);
        showPage(new SettingsView(vm, services.ui()), vm);
    }

    @Override
    public void room(RoomEntry entry) {
        if (callBar != null && callBar.running()) {
            String question = callBar.switchConfirmation().orElseThrow();
            if (!Confirm.ask(window(), "Leave this meeting?", question, "Join the other", "Stay")) {
                return;
            }
            room.leave();
        }
        endRoom();
        show(null);
        room = new RoomViewModel(
                entry, services.newCall(), services.ui(), chimes, deviceClock.withZone(zone), services.desktop());
        callBar = new CallBarViewModel(room);
        roomView = new RoomView(
                room,
                services.ui(),
                siteMenu(),
                new OpenMeetingsView(
                        new OpenMeetingsViewModel(services, this, zone),
                        entry.meeting().id()));
        roomView.setEndAction("Back to Home", () -> {
            endRoom();
            home();
        });
        roomView.setInvite(() -> copyInvitation(entry), this::scheduler);
        roomView.setOnLeave(() -> {
            if (leaveRoom(window())) {
                home();
            }
        });
        callBar.awayProperty().addListener((o, wasAway, away) -> {
            if (!away) {
                returnToRoom();
            }
        });
        callBarSlot.getChildren().setAll(new CallBar(callBar, () -> leaveRoom(window())));
        root.getChildren().setAll(roomView);
        room.start();
    }

    /** Copies the host's invitation link (with the passcode of a private meeting) while the call goes on. */
    private void copyInvitation(RoomEntry entry) {
        String id = entry.meeting().id();
        services.ui()
                .run(
                        () -> services.apiFor(entry.server()).myMeetings(),
                        mine -> services.desktop()
                                .copy(mine.stream()
                                        .filter(m -> m.meeting().id().equals(id))
                                        .map(m -> m.inviteLink())
                                        .findFirst()
                                        .orElse(entry.meeting().link())),
                        failed -> services.desktop().copy(entry.meeting().link()));
    }

    /** Shows the running meeting again in place of the page (the "Return to meeting" action). */
    private void returnToRoom() {
        if (roomView != null) {
            show(null);
            root.getChildren().setAll(roomView);
        }
    }

    /**
     * Called when the window is about to close: in a meeting, asks the host to confirm (leaving ends it for
     * everyone) and leaves. Returns false when the user chose to stay.
     */
    public boolean confirmClose(Window owner) {
        if (!leaveRoom(owner)) {
            return false;
        }
        reminders.close();
        services.openMeetings().stop();
        return true;
    }

    /** Leaves the current meeting, if any, after the host confirmed; false when the user chose to stay. */
    private boolean leaveRoom(Window owner) {
        if (room == null) {
            return true;
        }
        Optional<String> question = room.leaveConfirmation();
        if (question.isPresent()
                && !Confirm.ask(owner, "End the meeting for everyone?", question.get(), "End meeting", "Stay")) {
            return false;
        }
        room.leave();
        endRoom();
        return true;
    }

    /** Forgets the room (already left or ended): the call bar goes away. */
    private void endRoom() {
        room = null;
        roomView = null;
        callBar = null;
        callBarSlot.getChildren().clear();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node reminderBanner() {
        Label text = new Label();
        text.textProperty().bind(reminders.reminderProperty());
        Button open = Forms.accent("Open", reminders::open);
        Button close = Icons.button(Feather.X, "Dismiss");
        close.setOnAction(e -> reminders.dismiss());
        HBox banner = new HBox(12, Icons.icon(Feather.BELL), text, open, close);
        banner.setId("reminder");
        banner.getStyleClass().add("reminder-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(reminders.reminderProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node openMeetingsView() {
        return new OpenMeetingsView(new OpenMeetingsViewModel(services, this, zone));
    }

    /** Shows a page; a running meeting goes on in the call bar above it. */
    private void showPage(Node content, AutoCloseable vm) {
        show(vm);
        if (callBar != null) {
            callBar.stepAway();
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("page-scroll");
        frame.setCenter(scroll);
        root.getChildren().setAll(frame);
    }

    private void show(AutoCloseable next) {
        closeQuietly(page);
        page = next;
    }

    private static void closeQuietly(AutoCloseable vm) {
        if (vm != null) {
            try {
                vm.close();
            } catch (Exception ignored) {
                // view models release timers and devices without failing
            }
        }
    }
}
