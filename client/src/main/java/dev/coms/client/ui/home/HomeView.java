package dev.coms.client.ui.home;

import atlantafx.base.theme.Styles;
import dev.coms.client.ui.Forms;
import dev.coms.client.ui.Icons;
import dev.coms.client.ui.home.HomeViewModel.Status;
import dev.coms.protocol.rest.MeetingState;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Home page: greeting, invitation card with countdown and Join, "Join an open meeting", and for hosts their next
 * meeting (or the ways to make one).
 */
public final class HomeView extends VBox {

    /** Without the hosts' next-meeting card. */
    public HomeView(HomeViewModel vm) {
        this(vm, null);
    }

    public HomeView(HomeViewModel vm, NextMeetingViewModel next) {
        super(20);
        getStyleClass().add("page");
        Label greeting = Forms.title(vm.greeting());
        getChildren().addAll(greeting, inviteCard(vm), openMeetingsBanner(vm));
        if (next != null) {
            VBox card = nextMeetingCard(next);
            bindVisible(card, next.shownProperty().and(vm.statusProperty().isEqualTo(Status.NONE)));
            getChildren().add(card);
        }
        getChildren().add(pasteLink(vm));
    }

    private static VBox nextMeetingCard(NextMeetingViewModel next) {
        Label heading = new Label("Your next meeting");
        heading.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label();
        title.setId("next-meeting-title");
        title.getStyleClass().add(Styles.TITLE_4);
        Label when = new Label();
        when.setId("next-meeting-when");
        Button open = Forms.accent("Open", next::open);
        open.setId("next-meeting-open");
        open.setGraphic(Icons.icon(Feather.ARROW_RIGHT_CIRCLE));
        Icons.decorate(open, "Enter your meeting (from 10 minutes before the start)");
        VBox text = new VBox(4, heading, title, when);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        HBox meeting = new HBox(16, text, open);
        meeting.setAlignment(Pos.CENTER_LEFT);

        Label none = new Label("You have no meetings coming up.");
        none.setId("next-meeting-none");
        Button schedule = Forms.plain("Schedule a meeting", next::schedule);
        schedule.setGraphic(Icons.icon(Feather.CALENDAR));
        Button start = Forms.plain("Start an open meeting", next::startOpenMeeting);
        start.setGraphic(Icons.icon(Feather.PLAY_CIRCLE));
        HBox actions = new HBox(8, schedule, start);

        next.nextProperty().addListener((o, old, m) -> {
            title.setText(m == null ? "" : m.meeting().title());
            when.setText(m == null ? "" : next.whenText(m));
        });
        bindVisible(meeting, next.nextProperty().isNotNull());
        bindVisible(none, next.nextProperty().isNull());
        Label problem = Forms.error(next.problemProperty());
        problem.setId("next-meeting-problem");
        VBox card = new VBox(12, meeting, none, actions, problem);
        card.setId("next-meeting");
        card.getStyleClass().add("card");
        card.setMaxWidth(640);
        return card;
    }

    private static VBox inviteCard(HomeViewModel vm) {
        Label title = new Label();
        title.setId("meeting-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Label topic = Forms.muted("");
        Label host = new Label();
        Label starts = new Label();
        starts.setId("meeting-start");
        starts.textProperty()
                .bind(Bindings.concat(
                        vm.meetingProperty()
                                .map(m -> m.state() == MeetingState.LIVE ? "Started " : "Starts ")
                                .orElse(""),
                        vm.startsLocalProperty()));
        vm.meetingProperty().addListener((obs, old, m) -> {
            title.setText(m == null ? "" : m.title());
            boolean sameAsTitle = m == null || m.topic() == null || m.topic().equals(m.title());
            topic.setText(sameAsTitle ? "" : m.topic());
            topic.setVisible(!sameAsTitle);
            topic.setManaged(!sameAsTitle);
            host.setText(m == null ? "" : "Hosted by " + m.hostName());
        });

        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().addAll(Styles.TITLE_1, "countdown");
        countdown.textProperty().bind(vm.countdownProperty());
        Label opensIn = Forms.muted("The meeting opens in");
        VBox waiting = new VBox(2, opensIn, countdown);
        bindVisible(waiting, vm.statusProperty().isEqualTo(Status.WAITING));

        PasswordField passcode = new PasswordField();
        passcode.setId("passcode");
        passcode.setPromptText("Passcode");
        passcode.setAccessibleText("Passcode");
        passcode.textProperty().bindBidirectional(vm.passcodeProperty());
        passcode.setOnAction(e -> vm.join());
        VBox passcodeBox = Forms.labelled("Passcode (from your invitation)", passcode);
        bindVisible(
                passcodeBox, vm.needsPasscodeProperty().and(vm.statusProperty().isEqualTo(Status.OPEN)));
        Button join = Forms.accent("Join the meeting", vm::join);
        join.setId("join");
        join.setGraphic(Icons.icon(Feather.VIDEO));
        join.disableProperty().bind(vm.busyProperty());
        bindVisible(join, vm.statusProperty().isEqualTo(Status.OPEN));
        HBox joinRow = new HBox(10, passcodeBox, join);
        joinRow.setAlignment(Pos.BOTTOM_LEFT);

        Label loading = Forms.muted("Looking up the meeting…");
        bindVisible(loading, vm.statusProperty().isEqualTo(Status.LOADING));
        Label message = Forms.error(vm.messageProperty());
        message.setId("home-message");

        VBox details = new VBox(6, title, topic, host, starts);
        bindVisible(details, vm.meetingProperty().isNotNull());
        VBox card = new VBox(14, loading, details, waiting, joinRow, message);
        card.getStyleClass().addAll("card", "invite-card");
        card.setMaxWidth(640);
        bindVisible(card, vm.statusProperty().isNotEqualTo(Status.NONE));
        return card;
    }

    private static HBox openMeetingsBanner(HomeViewModel vm) {
        Label text = new Label("Open meetings are running now. Anyone can join.");
        Button browse = Forms.accent("Join an open meeting", vm::browseOpenMeetings);
        browse.setId("join-open-meeting");
        browse.setGraphic(Icons.icon(Feather.USERS));
        HBox banner = new HBox(16, text, browse);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("card", "open-banner");
        banner.setMaxWidth(640);
        bindVisible(banner, vm.openMeetingsExistBinding());
        return banner;
    }

    private static VBox pasteLink(HomeViewModel vm) {
        javafx.scene.control.TextField link = Forms.field("Invitation link", "https://…/m/… or coms://meeting/…");
        link.setId("paste-link");
        link.textProperty().bindBidirectional(vm.linkTextProperty());
        link.setOnAction(e -> vm.openLink());
        HBox.setHgrow(link, javafx.scene.layout.Priority.ALWAYS);
        Button open = Forms.plain("Open", vm::openLink);
        open.setGraphic(Icons.icon(Feather.LINK));
        Icons.decorate(open, "Open the invitation");
        VBox card = new VBox(
                10,
                new Label("Have an invitation link?"),
                new HBox(8, link, open),
                Forms.error(vm.linkErrorProperty()));
        card.getStyleClass().add("card");
        card.setMaxWidth(640);
        return card;
    }

    private static void bindVisible(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(node.visibleProperty());
    }
}
