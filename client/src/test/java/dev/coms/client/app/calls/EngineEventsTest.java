package dev.coms.client.app.calls;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static dev.coms.client.ui.testing.Fixture.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.CallEnd;
import dev.coms.client.call.CallStatus;
import dev.coms.client.call.media.MediaProblem;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.room.RoomText;
import dev.coms.client.ui.room.RoomViewModel;
import dev.coms.client.ui.testing.ManualTicker;
import dev.coms.client.ui.testing.OfflineCall;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.RefusalCode;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every code the signaling can end a call with reaches the room's end screen as its own sentence: the engine's
 * {@link CallEnd} carries the protocol's enums, {@link EngineEvents} switches on them, the view model shows the
 * sentence of the resulting {@code RoomEnd}.
 */
class EngineEventsTest {

    private static final Map<EndReason, String> MEETING_ENDS = new EnumMap<>(Map.of(
            EndReason.HOST_LEFT, "The meeting was ended by the host.",
            EndReason.HOST_TIMED_OUT, "The host lost their connection and did not return, so the meeting has ended.",
            EndReason.CANCELLED, "The host cancelled this meeting.",
            EndReason.UNKNOWN, "The meeting was ended by the host."));

    private static final String NOT_ADMITTED = "The meeting could not be entered. Join it again in a moment.";
    private static final Map<RefusalCode, String> REFUSALS = new EnumMap<>(Map.ofEntries(
            Map.entry(RefusalCode.INVALID_TICKET, NOT_ADMITTED),
            Map.entry(RefusalCode.INVALID_RESUME, NOT_ADMITTED),
            Map.entry(RefusalCode.EXPELLED, "You were removed from the meeting by the host."),
            Map.entry(RefusalCode.NO_MEETING, "There is no such meeting."),
            Map.entry(RefusalCode.MEETING_NOT_LIVE, "This meeting has not started yet."),
            Map.entry(RefusalCode.MEETING_ENDED, "This meeting has ended."),
            Map.entry(RefusalCode.MEETING_FULL, "The meeting is full. Try again when someone leaves."),
            Map.entry(RefusalCode.MEETING_LOCKED, "The host has locked this meeting; no one new can join."),
            Map.entry(RefusalCode.DENIED, "The host did not let you into the meeting."),
            Map.entry(RefusalCode.SEAT_IN_USE, NOT_ADMITTED),
            Map.entry(RefusalCode.UNAVAILABLE, NOT_ADMITTED),
            Map.entry(RefusalCode.UNKNOWN, NOT_ADMITTED)));

    @ParameterizedTest
    @EnumSource(EndReason.class)
    void eachWayAMeetingEndsHasItsSentence(EndReason reason) {
        assertThat(endScreen(CallEnd.meetingEnded(reason))).isEqualTo(MEETING_ENDS.get(reason));
    }

    @ParameterizedTest
    @EnumSource(RefusalCode.class)
    void eachRefusalAtTheDoorHasItsSentence(RefusalCode code) {
        assertThat(endScreen(CallEnd.refused(code))).isEqualTo(REFUSALS.get(code));
    }

    @ParameterizedTest
    @EnumSource(MediaProblem.class)
    void eachDeviceFailureHasItsOwnNotice(MediaProblem problem) {
        RoomViewModel room = room();
        new EngineEvents(room.listener(), new VideoRoutes(), () -> {}).onStatus(CallStatus.media(problem));
        assertThat(room.problemProperty().get())
                .isEqualTo(
                        switch (problem) {
                            case CAMERA_FAILED -> "Your camera could not be started; check that no other app uses it.";
                            case MICROPHONE_FAILED ->
                                "Your microphone could not be started; check your sound settings.";
                            case NO_SCREEN -> "There is no screen to share on this machine.";
                            case SCREEN_FAILED ->
                                "Screen sharing could not start; check the screen-recording permission for Coms.";
                        });
    }

    @Test
    void aReconnectNoticeGoesAwayOnceConnectedAgain() {
        RoomViewModel room = room();
        EngineEvents events = new EngineEvents(room.listener(), new VideoRoutes(), () -> {});
        events.onStatus(CallStatus.of(CallStatus.Code.SIGNALING_RECONNECTING));
        assertThat(room.problemProperty().get())
                .isEqualTo("Connection to the server lost; reconnecting. Your call continues.");
        events.onStatus(CallStatus.of(CallStatus.Code.SIGNALING_CONNECTED));
        assertThat(room.problemProperty().get()).isEmpty();
    }

    @Test
    void endsOfTheEngineItselfSayWhatHappened() {
        assertThat(endScreen(CallEnd.of(CallEnd.Reason.LEFT))).isEqualTo("You left the meeting.");
        assertThat(endScreen(CallEnd.of(CallEnd.Reason.EXPELLED)))
                .isEqualTo("You were removed from the meeting by the host.");
        assertThat(endScreen(CallEnd.of(CallEnd.Reason.CONNECTION_LOST)))
                .isEqualTo("The connection to the meeting was lost.");
        assertThat(endScreen(CallEnd.of(CallEnd.Reason.SETUP_FAILED)))
                .isEqualTo("Calls cannot start on this computer; see the log for details.");
    }

    /** The end screen's text after the engine ends the call with {@code end}. */
    private static String endScreen(CallEnd end) {
        RoomViewModel room = room();
        boolean[] released = {false};
        new EngineEvents(room.listener(), new VideoRoutes(), () -> released[0] = true).onEnded(end);
        assertThat(released[0]).as("the adapter releases the call").isTrue();
        return RoomText.of(room.endedProperty().get());
    }

    /** A room whose events run at once, as on the FX thread. */
    private static RoomViewModel room() {
        UiExecutor ui = new UiExecutor(Runnable::run, Runnable::run, new ManualTicker());
        return new RoomViewModel(
                new RoomEntry(
                        URI.create("https://coms.example.org"),
                        meeting("room1234", MeetingMode.OPEN, MeetingState.LIVE, NOW),
                        new JoinTicket("room1234", "t-1", NOW.plusSeconds(30), "/ws/rooms/room1234"),
                        false,
                        "Ada"),
                new OfflineCall(),
                ui,
                chime -> {},
                java.time.Clock.systemUTC(),
                new dev.coms.client.ui.testing.RecordingDesktop());
    }
}
