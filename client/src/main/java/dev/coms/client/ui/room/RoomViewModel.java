package dev.coms.client.ui.room;

import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.Chime;
import dev.coms.client.ui.port.DesktopPort;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.port.RoomProblem;
import dev.coms.protocol.signal.Participant;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The meeting room: tiles that come and go, toolbar toggles, messenger with unread badge, host-only Expel, and the
 * end screen. Engine events arrive on engine threads through {@link #listener()} and are re-posted to the UI thread
 * by the {@link UiExecutor}; every other method runs on the UI thread.
 */
public final class RoomViewModel {

    private final RoomEntry entry;
    private final CallPort call;
    private final UiExecutor ui;
    private final Consumer<Chime> chimes;
    private final ReadOnlyListWrapper<TileModel> tiles = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ChatViewModel chat;
    private final PeopleViewModel people;
    private final ReadOnlyBooleanWrapper host = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper microphone = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper camera = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper microphoneAvailable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper cameraAvailable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper screenSharing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper openMeetingsOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper siteMenuOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RoomEnd> ended = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper waitingForHost = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TileModel> fullScreen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper handRaised = new ReadOnlyBooleanWrapper();
    private boolean hostReconnecting;

    private final DoorViewModel door;
    private String selfId;

    /**
     * @param clock the device's clock and zone (message times)
     * @param desktop where links from messages open and copied messages go
     */
    public RoomViewModel(
            RoomEntry entry, CallPort call, UiExecutor ui, Consumer<Chime> chimes, Clock clock, DesktopPort desktop) {
        this.entry = entry;
        this.call = call;
        this.ui = ui;
        this.chimes = chimes;
        this.chat = new ChatViewModel(call, clock, desktop, chimes);
        this.people = new PeopleViewModel(ui);
        this.host.set(entry.host());
        this.door = new DoorViewModel(call);
    }

    /** The waiting room, the lock (host only). */
    public DoorViewModel door() {
        return door;
    }

    /** Connects to the room on the server that issued the ticket. */
    public void start() {
        call.join(entry.server(), entry.ticket(), entry.displayName(), listener());
    }

    public String title() {
        return entry.meeting().title();
    }

    public ReadOnlyListProperty<TileModel> tilesProperty() {
        return tiles.getReadOnlyProperty();
    }

    /** The People panel. */
    public PeopleViewModel people() {
        return people;
    }

    /** Host only, after the View's confirmation: removes someone from the People panel. */
    public void expel(Person person) {
        if (host.get() && !person.self()) {
            call.expel(person.id());
        }
    }

    /** The messenger. */
    public ChatViewModel chat() {
        return chat;
    }

    public ReadOnlyBooleanProperty hostProperty() {
        return host.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty microphoneProperty() {
        return microphone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    /** False once the engine found no microphone on this computer: the toggle then stays off. */
    public ReadOnlyBooleanProperty microphoneAvailableProperty() {
        return microphoneAvailable.getReadOnlyProperty();
    }

    /** False once the engine found no camera on this computer: the toggle then stays off. */
    public ReadOnlyBooleanProperty cameraAvailableProperty() {
        return cameraAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty screenSharingProperty() {
        return screenSharing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openMeetingsOpenProperty() {
        return openMeetingsOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty siteMenuOpenProperty() {
        return siteMenuOpen.getReadOnlyProperty();
    }

    /** Why the meeting is over for this user, or null while it goes on. */
    public ReadOnlyObjectProperty<RoomEnd> endedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** A problem the user can act on (camera in use…), one sentence; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * "Waiting for Ada to join" while the host is not in the room, "Ada is reconnecting…" during the host's grace
     * period; empty while the host is here (and always for the host).
     */
    public ReadOnlyStringProperty waitingForHostProperty() {
        return waitingForHost.getReadOnlyProperty();
    }

    /** Whether the user's own hand is up. */
    public ReadOnlyBooleanProperty handRaisedProperty() {
        return handRaised.getReadOnlyProperty();
    }

    /** Raises or lowers the user's hand (Ctrl+Shift+H). */
    public void toggleHand() {
        if (ended.get() == null && selfId != null) {
            call.setHand(!handRaised.get());
        }
    }

    /** Whether a Lower hand action belongs on this person: their own, or anyone's for the host. */
    public boolean canLowerHand(Person person) {
        return person.handProperty().get() && (person.self() || host.get());
    }

    /** Lowers a hand: the user's own, or — for the host — anyone's. */
    public void lowerHand(Person person) {
        if (!canLowerHand(person)) {
            return;
        }
        if (person.self()) {
            call.setHand(false);
        } else {
            call.lowerHand(person.id());
        }
    }

    /** The one tile that fills the window, or null for the grid. */
    public ReadOnlyObjectProperty<TileModel> fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    /** Shows one person's tile over the whole window (the same tile again returns to the grid). */
    public void toggleFullScreen(TileModel tile) {
        fullScreen.set(tile == null || tile.equals(fullScreen.get()) || !tiles.contains(tile) ? null : tile);
    }

    /** Back to the grid (Esc). */
    public void exitFullScreen() {
        fullScreen.set(null);
    }

    public void toggleMicrophone() {
        if (!microphoneAvailable.get()) {
            problem.set(RoomText.of(RoomProblem.NO_MICROPHONE));
            return;
        }
        microphone.set(!microphone.get());
        call.setMicrophone(microphone.get());
        selfTile().ifPresent(t -> t.media(microphone.get(), camera.get()));
        people.media(selfId, microphone.get(), camera.get());
    }

    public void toggleCamera() {
        if (!cameraAvailable.get()) {
            problem.set(RoomText.of(RoomProblem.NO_CAMERA));
            return;
        }
        camera.set(!camera.get());
        call.setCamera(camera.get());
        selfTile().ifPresent(t -> t.media(microphone.get(), camera.get()));
        people.media(selfId, microphone.get(), camera.get());
    }

    public void toggleScreenSharing() {
        screenSharing.set(!screenSharing.get());
        call.setScreenSharing(screenSharing.get());
    }

    public void toggleMessenger() {
        chat.toggle();
    }

    /** The user closed the notice; a new problem shows it again. */
    public void dismissProblem() {
        problem.set("");
    }

    public void toggleOpenMeetings() {
        openMeetingsOpen.set(!openMeetingsOpen.get());
    }

    public void toggleSiteMenu() {
        siteMenuOpen.set(!siteMenuOpen.get());
    }

    /** Whether an Expel button belongs on this tile: only the host sees it, never on their own tile. */
    public boolean canExpel(TileModel tile) {
        return host.get() && !tile.self();
    }

    /** Host only, after the View's confirmation: removes the participant and keeps them out. */
    public void expel(TileModel tile) {
        if (canExpel(tile)) {
            call.expel(tile.participantId());
        }
    }

    /** The confirmation to show before leaving, if any: for the host, leaving ends the meeting for everyone. */
    public Optional<String> leaveConfirmation() {
        if (!host.get() || ended.get() != null) {
            return Optional.empty();
        }
        return Optional.of("You are the host. Leaving ends this meeting for everyone.");
    }

    /** Leaves the meeting (and, for the host, ends it). */
    public void leave() {
        if (ended.get() == null) {
            call.leave();
            ended.set(RoomEnd.LEFT);
        }
    }

    /** Hands video frames of a tile's participant to {@code sink} (own preview for the self tile). */
    public void attachVideo(TileModel tile, FrameSink sink) {
        call.attachVideo(tile.self() ? null : tile.participantId(), sink);
    }

    public void detachVideo(TileModel tile) {
        call.detachVideo(tile.self() ? null : tile.participantId());
    }

    private Optional<TileModel> selfTile() {
        return tiles.stream().filter(TileModel::self).findFirst();
    }

    private Optional<TileModel> tile(String id) {
        return tiles.stream().filter(t -> t.participantId().equals(id)).findFirst();
    }

    /** The engine-facing listener; every event is re-posted to the UI thread. */
    public RoomListener listener() {
        return new RoomEvents(this, ui);
    }

    void localDevices(boolean hasMicrophone, boolean hasCamera) {
        microphoneAvailable.set(hasMicrophone);
        cameraAvailable.set(hasCamera);
        if (!hasMicrophone) {
            microphone.set(false);
        }
        if (!hasCamera) {
            camera.set(false);
        }
        selfTile().ifPresent(t -> t.media(microphone.get(), camera.get()));
        people.media(selfId, microphone.get(), camera.get());
    }

    void joined(String id, boolean isHost) {
        selfId = id;
        host.set(isHost);
        TileModel self = new TileModel(id, entry.displayName() + " (you)", true);
        self.media(microphone.get(), camera.get());
        tiles.add(0, self);
        people.self(id, entry.displayName(), isHost, microphone.get(), camera.get());
        updateWaiting();
    }

    void participantJoined(Participant p) {
        if (p.id().equals(selfId) || tile(p.id()).isPresent()) {
            participantUpdated(p);
            return;
        }
        tiles.add(new TileModel(p.id(), p.host() ? p.displayName() + " (host)" : p.displayName(), false));
        chat.personJoined(p.id(), p.displayName());
        people.joined(p);
        chimes.accept(Chime.JOIN);
        participantUpdated(p);
    }

    void participantUpdated(Participant p) {
        tile(p.id()).ifPresent(t -> t.media(p.micOn(), p.cameraOn() || p.screenSharing()));
        people.updated(p);
        if (p.host()) {
            hostReconnecting = false;
        }
        updateWaiting();
    }

    void participantLeft(String id, dev.coms.protocol.signal.LeaveReason reason) {
        people.left(id, reason);
        updateWaiting();
        tile(id).ifPresent(t -> {
            if (t.equals(fullScreen.get())) {
                fullScreen.set(null);
            }
            tiles.remove(t);
            chimes.accept(Chime.LEAVE);
        });
        chat.personLeft(id);
    }

    void activeSpeaker(String id) {
        tiles.forEach(t -> t.speaking(t.participantId().equals(id)));
    }

    void hand(String id, boolean raised) {
        if (id.equals(selfId)) {
            handRaised.set(raised);
        }
        tile(id).ifPresent(t -> t.hand(raised));
        people.hand(id, raised);
    }

    void chatReceived(String from, String text, boolean privately) {
        chat.received(from, text, privately);
    }

    void ended(RoomEnd reason) {
        if (ended.get() == null) {
            ended.set(reason);
            fullScreen.set(null);
            updateWaiting();
        }
    }

    void problem(RoomProblem code) {
        if (code == RoomProblem.HOST_RECONNECTING) {
            hostReconnecting = true;
            updateWaiting();
            return;
        }
        if (code == RoomProblem.NONE && hostReconnecting) {
            hostReconnecting = false;
            updateWaiting();
        }
        problem.set(RoomText.of(code));
    }

    private void updateWaiting() {
        String name = entry.meeting().hostName();
        boolean hostHere =
                people.peopleProperty().stream().anyMatch(p -> p.hostProperty().get());
        if (selfId == null || host.get() || ended.get() != null) {
            waitingForHost.set("");
        } else if (hostReconnecting) {
            waitingForHost.set(RoomText.hostReconnecting(name));
        } else {
            waitingForHost.set(hostHere ? "" : RoomText.waitingForHost(name));
        }
    }
}
