package dev.coms.client.ui.room;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.Chime;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.port.RoomEnd;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.testing.ManualTicker;
import dev.coms.client.ui.testing.RecordingDesktop;
import dev.coms.client.ui.widgets.VideoSurface;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.testing.MutableClock;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class RoomViewModelTest {

    /** Records what the room asked of the engine. */
    static final class RecordingCall implements CallPort {
        final List<String> calls = new ArrayList<>();
        RoomListener listener;

        @Override
        public void join(URI server, JoinTicket ticket, String displayName, RoomListener events) {
            listener = events;
            calls.add("join " + ticket.ticket() + " as " + displayName);
        }

        @Override
        public void setMicrophone(boolean on) {
            calls.add("mic " + on);
        }

        @Override
        public void setCamera(boolean on) {
            calls.add("camera " + on);
        }

        @Override
        public void setScreenSharing(boolean on) {
            calls.add("screen " + on);
        }

        @Override
        public void sendChat(String to, String text) {
            calls.add("chat " + to + " " + text);
        }

        @Override
        public void answerKnock(String participantId, boolean admit) {}

        @Override
        public void setRoomState(Boolean locked, Boolean waitingRoom) {}

        @Override
        public void setHand(boolean raised) {
            calls.add("hand " + raised);
        }

        @Override
        public void lowerHand(String id) {
            calls.add("lower " + id);
        }

        @Override
        public void expel(String participantId) {
            calls.add("expel " + participantId);
        }

        @Override
        public void attachVideo(String participantId, FrameSink sink) {
            calls.add("video " + participantId);
        }

        @Override
        public void detachVideo(String participantId) {}

        @Override
        public void leave() {
            calls.add("leave");
        }
    }

    private final ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
    private final UiExecutor ui = new UiExecutor(uiQueue::add, Runnable::run, new ManualTicker());
    private final RecordingCall call = new RecordingCall();
    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingDesktop desktop = new RecordingDesktop();
    private final List<Chime> chimes = new ArrayList<>();
    private final RoomViewModel vm = new RoomViewModel(
            new RoomEntry(
                    URI.create("https://coms.example.org"),
                    meeting("room1234", MeetingMode.OPEN, MeetingState.LIVE, NOW),
                    new JoinTicket("room1234", "t-1", NOW.plusSeconds(30), "/ws/rooms/room1234"),
                    false,
                    "Ada"),
            call,
            ui,
            chimes::add,
            clock,
            desktop);

    private void runUi() {
        for (Runnable r; (r = uiQueue.poll()) != null; ) {
            r.run();
        }
    }

    private void joinAs(boolean host) {
        vm.start();
        call.listener.joined("me", host);
        call.listener.participantJoined(new Participant("p2", "Bob", false, true, true, false));
        call.listener.participantJoined(new Participant("p3", "Cleo", false, true, true, false));
        runUi();
    }

    @Test
    void engineEventsReachTheRoomOnlyThroughTheUiThread() {
        vm.start();
        call.listener.joined("me", false);
        call.listener.participantJoined(new Participant("p2", "Bob", false, true, true, false));
        assertThat(vm.tilesProperty())
                .as("nothing changes until the UI thread runs")
                .isEmpty();
        runUi();
        assertThat(vm.tilesProperty()).extracting(TileModel::name).containsExactly("Ada (you)", "Bob");
        assertThat(call.calls).contains("join t-1 as Ada");
    }

    @Test
    void tilesComeAndGoWithAChime() {
        joinAs(false);
        call.listener.participantLeft("p2", LeaveReason.LEFT);
        runUi();
        assertThat(vm.tilesProperty()).extracting(TileModel::participantId).containsExactly("me", "p3");
        assertThat(chimes).containsExactly(Chime.JOIN, Chime.JOIN, Chime.LEAVE);
    }

    @Test
    void onlyTheHostMayExpelAndNeverThemselves() {
        joinAs(false);
        assertThat(vm.tilesProperty()).noneMatch(vm::canExpel);
        vm.expel(vm.tilesProperty().get(1));
        assertThat(call.calls).noneMatch(c -> c.startsWith("expel"));

        RoomViewModel hostRoom = new RoomViewModel(
                new RoomEntry(
                        URI.create("https://coms.example.org"),
                        meeting("room1234", MeetingMode.OPEN, MeetingState.LIVE, NOW),
                        new JoinTicket("room1234", "t-2", NOW.plusSeconds(30), "/ws"),
                        true,
                        "Ada"),
                call,
                ui,
                c -> {},
                clock,
                desktop);
        hostRoom.start();
        call.listener.joined("me", true);
        call.listener.participantJoined(new Participant("p2", "Bob", false, true, true, false));
        runUi();
        assertThat(hostRoom.canExpel(hostRoom.tilesProperty().get(0))).isFalse();
        assertThat(hostRoom.canExpel(hostRoom.tilesProperty().get(1))).isTrue();
        hostRoom.expel(hostRoom.tilesProperty().get(1));
        assertThat(call.calls).contains("expel p2");
    }

    @Test
    void hostIsWarnedThatLeavingEndsTheMeeting() {
        joinAs(true);
        assertThat(vm.leaveConfirmation()).hasValueSatisfying(q -> assertThat(q).contains("ends this meeting"));
        vm.leave();
        assertThat(call.calls).contains("leave");
        assertThat(vm.endedProperty().get()).isEqualTo(RoomEnd.LEFT);
    }

    @Test
    void participantsDoNotNeedAConfirmationToLeave() {
        joinAs(false);
        assertThat(vm.leaveConfirmation()).isEmpty();
    }

    @Test
    void endedByHostAndExpelledSayWhatHappened() {
        joinAs(false);
        call.listener.ended(RoomEnd.EXPELLED);
        call.listener.ended(RoomEnd.HOST_ENDED);
        runUi();
        assertThat(RoomText.of(vm.endedProperty().get())).isEqualTo("You were removed from the meeting by the host.");
    }

    @Test
    void unreadBadgeCountsWhileTheMessengerIsClosed() {
        joinAs(false);
        call.listener.chatReceived("p2", "hi", false);
        call.listener.chatReceived("p3", "psst", true);
        runUi();
        assertThat(vm.chat().unreadProperty().get()).isEqualTo(2);
        assertThat(vm.chat().linesProperty()).extracting(ChatLine::from).containsExactly("Bob", "Cleo");
        assertThat(vm.chat().linesProperty().get(1).privately()).isTrue();
        assertThat(chimes).endsWith(Chime.CHAT, Chime.CHAT);

        vm.toggleMessenger();
        assertThat(vm.chat().unreadProperty().get()).isZero();
        call.listener.chatReceived("p2", "again", false);
        runUi();
        assertThat(vm.chat().unreadProperty().get()).isZero();
    }

    @Test
    void privateMessagesGoToTheChosenPerson() {
        joinAs(false);
        vm.chat()
                .recipientProperty()
                .set(vm.chat().recipientsProperty().stream()
                        .filter(r -> "p3".equals(r.participantId()))
                        .findFirst()
                        .orElseThrow());
        vm.chat().send("  just you ");
        assertThat(call.calls).contains("chat p3 just you");
        assertThat(vm.chat().linesProperty().getLast().heading()).isEqualTo("You → Cleo");

        call.listener.participantLeft("p3", LeaveReason.LEFT);
        runUi();
        assertThat(vm.chat().recipientProperty().get()).isEqualTo(ChatViewModel.Recipient.EVERYONE);
    }

    @Test
    void withoutAMicrophoneOrCameraTheTogglesStayOffAndSayWhy() {
        vm.start();
        call.listener.localDevices(false, false);
        call.listener.joined("me", false);
        runUi();
        assertThat(vm.microphoneProperty().get()).isFalse();
        assertThat(vm.cameraProperty().get()).isFalse();
        assertThat(vm.tilesProperty().getFirst().microphoneProperty().get()).isFalse();
        assertThat(vm.tilesProperty().getFirst().cameraProperty().get()).isFalse();

        vm.toggleMicrophone();
        assertThat(vm.microphoneProperty().get())
                .as("still off: there is nothing to switch on")
                .isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("No microphone was found: others cannot hear you.");
        vm.toggleCamera();
        assertThat(vm.cameraProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("No camera was found on this computer.");
        assertThat(call.calls).noneMatch(c -> c.startsWith("mic") || c.startsWith("camera"));
    }

    @Test
    void togglesReachTheEngineAndTheOwnTile() {
        joinAs(false);
        vm.toggleMicrophone();
        vm.toggleCamera();
        vm.toggleScreenSharing();
        assertThat(call.calls).contains("mic false", "camera false", "screen true");
        assertThat(vm.tilesProperty().getFirst().microphoneProperty().get()).isFalse();
        assertThat(vm.tilesProperty().getFirst().cameraProperty().get()).isFalse();
    }

    @Test
    void fullScreenShowsOneTileUntilEscOrItsPersonLeaves() {
        joinAs(false);
        TileModel bob = vm.tilesProperty().get(1);
        vm.toggleFullScreen(bob);
        assertThat(vm.fullScreenProperty().get()).isEqualTo(bob);
        vm.exitFullScreen();
        assertThat(vm.fullScreenProperty().get()).isNull();
        vm.toggleFullScreen(bob);
        vm.toggleFullScreen(bob);
        assertThat(vm.fullScreenProperty().get()).as("the button again returns").isNull();

        vm.toggleFullScreen(bob);
        call.listener.participantLeft("p2", LeaveReason.LEFT);
        runUi();
        assertThat(vm.fullScreenProperty().get()).isNull();
    }

    @Test
    void activeSpeakerIsHighlightedAlone() {
        joinAs(false);
        call.listener.activeSpeaker("p3");
        runUi();
        assertThat(vm.tilesProperty())
                .filteredOn(t -> t.speakingProperty().get())
                .extracting(TileModel::participantId)
                .containsExactly("p3");
    }

    @Test
    void videoSurfaceKeepsOnlyTheNewestFrameAndOnePendingUpdate() {
        VideoSurface surface = new VideoSurface(ui);
        for (int i = 0; i < 5; i++) {
            ByteBuffer buffer = surface.acquire(4, 2);
            assertThat(buffer).as("a free buffer for frame %d", i).isNotNull();
            assertThat(buffer.capacity()).isEqualTo(4 * 2 * 4);
            surface.publish();
        }
        assertThat(uiQueue).as("one FX update for five frames").hasSize(1);
    }
}
