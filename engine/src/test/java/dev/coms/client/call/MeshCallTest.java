package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.media.SyntheticVideoInput;
import dev.coms.client.call.testing.Await;
import dev.coms.client.call.testing.InJvmRoom;
import dev.coms.client.call.testing.TestParticipant;
import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.IceServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three participants in one JVM, real peer connections, synthetic camera and tone, an in-JVM room. */
class MeshCallTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static RtcRuntime rtc;
    private final InJvmRoom room = new InJvmRoom();
    private final List<TestParticipant> people = new ArrayList<>();

    @BeforeAll
    static void startWebRtc() {
        rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC);
    }

    @AfterAll
    static void stopWebRtc() {
        rtc.close();
    }

    @AfterEach
    void hangUp() {
        people.forEach(TestParticipant::close);
    }

    private TestParticipant person(String id, boolean host) throws Exception {
        TestParticipant p = new TestParticipant(rtc, room, id, host);
        people.add(p);
        return p;
    }

    @Test
    void everyoneSeesAndHearsEveryoneElse() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        for (TestParticipant viewer : people) {
            for (TestParticipant other : people) {
                if (viewer != other) {
                    awaitVideoAdvancing(viewer, other, TrackKind.CAMERA);
                    Await.until(viewer.id + " hears " + other.id, LIMIT, () -> viewer.audioPacketsFrom(other) > 20);
                }
            }
        }
        assertThat(c.seen.roster).extracting(p -> p.id()).containsExactly("a", "b", "c");
    }

    @Test
    void iceServersThatWouldCrashTheNativeLibraryAreSkippedAndTheCallConnects() throws Exception {
        room.iceServers(java.util.Arrays.asList(
                new IceServer(List.of(""), null, null),
                new IceServer(List.of("stun.example.org:3478"), null, null),
                new IceServer(List.of("turn:relay.example.org:3478"), null, null),
                null));
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        awaitVideoAdvancing(a, b, TrackKind.CAMERA);
        awaitVideoAdvancing(b, a, TrackKind.CAMERA);
    }

    @Test
    void chatReachesEveryoneOrOnlyTheAddresseeAndLateJoinersGetHistory() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        awaitMesh();
        a.session.sendChat("hello all").get();
        a.session.sendPrivateChat("b", "psst b").get();
        b.session.sendChat("hi from b").get();
        Await.until(
                "c gets both public messages", LIMIT, () -> texts(c).containsAll(List.of("hello all", "hi from b")));
        Await.until("b gets the private message", LIMIT, () -> texts(b).contains("psst b"));
        assertThat(texts(c)).doesNotContain("psst b");
        ChatMessage secret = b.seen.chat.stream()
                .filter(m -> m.text().equals("psst b"))
                .findFirst()
                .orElseThrow();
        assertThat(secret.from()).isEqualTo("a");
        assertThat(secret.isPrivate()).isTrue();
        assertThat(secret.senderName()).isEqualTo("Person a");

        TestParticipant d = person("d", false).join();
        Await.until(
                "d receives the public history", LIMIT, () -> texts(d).containsAll(List.of("hello all", "hi from b")));
        awaitVideoAdvancing(d, a, TrackKind.CAMERA);
        awaitVideoAdvancing(d, c, TrackKind.CAMERA);
        assertThat(texts(d)).containsExactly("hello all", "hi from b"); // once each, private one never
    }

    @Test
    void muteAndCameraOffStopTheMediaAndTellTheRoom() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        awaitMesh();
        Await.until("b hears a", LIMIT, () -> b.audioPacketsFrom(a) > 20);

        a.session.setMicrophoneOn(false).get();
        long silentAt =
                Await.settles("audio from a at b", LIMIT, Duration.ofMillis(450), 3, () -> b.audioPacketsFrom(a));
        Await.until(
                "the room shows a muted", LIMIT, () -> !c.seen.participant("a").micOn());
        assertThat(c.seen.participant("a").cameraOn()).isTrue();
        awaitVideoAdvancing(b, a, TrackKind.CAMERA); // the camera is unaffected

        a.session.setCameraOn(false).get();
        Await.settles(
                "frames from a at c",
                LIMIT,
                Duration.ofMillis(400),
                3,
                () -> c.from(a, TrackKind.CAMERA).frames.get());
        Await.until(
                "the room shows a's camera off",
                LIMIT,
                () -> !b.seen.participant("a").cameraOn());

        a.session.setMicrophoneOn(true).get();
        a.session.setCameraOn(true).get();
        Await.until("b hears a again", LIMIT, () -> b.audioPacketsFrom(a) > silentAt + 20);
        awaitVideoAdvancing(c, a, TrackKind.CAMERA);
        Await.until(
                "the room shows a unmuted",
                LIMIT,
                () -> c.seen.participant("a").micOn() && c.seen.participant("a").cameraOn());
    }

    @Test
    void screenShareIsAnExtraTileThatComesAndGoes() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        awaitMesh();
        var screen = new SyntheticVideoInput("screen-b", 480, 270, 10);
        b.session.startScreenShare(screen).get();
        for (TestParticipant viewer : List.of(a, c)) {
            awaitVideoAdvancing(viewer, b, TrackKind.SCREEN);
            awaitVideoAdvancing(viewer, b, TrackKind.CAMERA);
        }
        Await.until(
                "the room shows b sharing", LIMIT, () -> a.seen.participant("b").screenSharing());
        assertThat(a.session.receivedKinds("b").get()).contains(TrackKind.SCREEN, TrackKind.CAMERA);

        b.session.stopScreenShare().get();
        for (TestParticipant viewer : List.of(a, c)) {
            Await.until(
                    viewer.id + " drops b's screen tile", LIMIT, () -> viewer.seen.endedTracks.contains("b/SCREEN"));
            assertThat(viewer.session.receivedKinds("b").get()).doesNotContain(TrackKind.SCREEN);
            awaitVideoAdvancing(viewer, b, TrackKind.CAMERA);
        }
        Await.until(
                "the room shows b not sharing",
                LIMIT,
                () -> !c.seen.participant("b").screenSharing());
    }

    @Test
    void aScreenSharedBySomeoneWithoutACameraArrivesAsAScreenInBothOrders() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant z = new TestParticipant(rtc, room, "z", false, false);
        people.add(z);
        z.join();
        awaitVideoAdvancing(z, a, TrackKind.CAMERA);
        var screen = new SyntheticVideoInput("nameless-track", 480, 270, 10); // an id that tells nothing
        z.session.startScreenShare(screen).get();
        awaitVideoAdvancing(a, z, TrackKind.SCREEN);
        assertThat(a.session.receivedKinds("z").get()).containsExactly(TrackKind.SCREEN);

        // The other signaling order: the sharer ("0" sorts first) makes the offers.
        TestParticipant first = new TestParticipant(rtc, room, "0", false, false);
        people.add(first);
        first.join();
        first.session
                .startScreenShare(new SyntheticVideoInput("another-nameless", 480, 270, 10))
                .get();
        awaitVideoAdvancing(a, first, TrackKind.SCREEN);
        assertThat(a.session.receivedKinds("0").get()).containsExactly(TrackKind.SCREEN);
    }

    @Test
    void twoPeopleShareAtOnceAndSharingStopsAndStartsAgain() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        awaitMesh();
        b.session
                .startScreenShare(new SyntheticVideoInput("b-share", 480, 270, 10))
                .get();
        c.session
                .startScreenShare(new SyntheticVideoInput("c-share", 480, 270, 10))
                .get();
        for (TestParticipant sharer : List.of(b, c)) {
            awaitVideoAdvancing(a, sharer, TrackKind.SCREEN);
            awaitVideoAdvancing(a, sharer, TrackKind.CAMERA);
        }
        awaitVideoAdvancing(b, c, TrackKind.SCREEN);
        awaitVideoAdvancing(c, b, TrackKind.SCREEN);

        b.session.stopScreenShare().get();
        Await.until("a drops b's screen", LIMIT, () -> a.seen.endedTracks.contains("b/SCREEN"));
        b.session
                .startScreenShare(new SyntheticVideoInput("b-share-again", 480, 270, 10))
                .get();
        awaitVideoAdvancing(a, b, TrackKind.SCREEN);
        awaitVideoAdvancing(a, b, TrackKind.CAMERA);
        awaitVideoAdvancing(a, c, TrackKind.SCREEN);
    }

    @Test
    void hostLeavingEndsTheCallForEveryone() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        awaitMesh();
        a.session.leave().get();
        for (TestParticipant guest : List.of(b, c)) {
            Await.until(guest.id + " sees the meeting end", LIMIT, () -> guest.seen.ended != null);
            assertThat(guest.seen.ended.reason()).isEqualTo(CallEnd.Reason.MEETING_ENDED);
            assertThat(guest.session.connectedPeers().get()).isEmpty();
        }
        assertThat(a.seen.ended.reason()).isEqualTo(CallEnd.Reason.LEFT);
    }

    @Test
    void expelledParticipantIsCutOffOnEverySide() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        awaitMesh();
        a.session.expel("c");
        Await.until("c learns it was expelled", LIMIT, () -> c.seen.ended != null);
        assertThat(c.seen.ended.reason()).isEqualTo(CallEnd.Reason.EXPELLED);
        assertThat(c.session.connectedPeers().get()).isEmpty();
        for (TestParticipant stays : List.of(a, b)) {
            Await.until(
                    stays.id + " closes its link to c",
                    LIMIT,
                    () -> !peers(stays).contains("c"));
            Await.settles(
                    "frames from c at " + stays.id,
                    LIMIT,
                    Duration.ofMillis(300),
                    2,
                    () -> stays.from(c, TrackKind.CAMERA).frames.get());
        }
        awaitVideoAdvancing(a, b, TrackKind.CAMERA);
        b.session.expel("a"); // not the host: refused
        Await.until(
                "b is told it may not",
                LIMIT,
                () -> b.seen.statuses.stream().anyMatch(s -> s.code() == CallStatus.Code.SERVER_ERROR));
        assertThat(peers(b)).contains("a");
    }

    @Test
    void joinOrderDoesNotMatterEvenAllAtOnce() throws Exception {
        // Newest joiner sorts first, so the existing participant must answer rather than offer first.
        TestParticipant z = person("z", true).join();
        TestParticipant m = person("m", false).join();
        awaitVideoAdvancing(z, m, TrackKind.CAMERA);
        awaitVideoAdvancing(m, z, TrackKind.CAMERA);
        List<TestParticipant> together = List.of(person("c", false), person("b", false), person("a", false));
        together.parallelStream().forEach(p -> {
            try {
                p.join();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitMesh();
    }

    @Test
    void iceRestartKeepsTheMediaFlowing() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        awaitMesh();
        long offersBefore = offers();
        a.session.restartIce("b");
        Await.until("a new offer", LIMIT, () -> offers() > offersBefore);
        awaitVideoAdvancing(b, a, TrackKind.CAMERA);
        awaitVideoAdvancing(a, b, TrackKind.CAMERA);
    }

    @Test
    void moreParticipantsMeanSmallerStreamsAndStatsShowIt() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        awaitMesh();
        Await.until("b receives a at full width", LIMIT, () -> b.from(a, TrackKind.CAMERA).width == 320);
        TestParticipant c = person("c", false).join();
        awaitMesh();
        Await.until(
                "b receives a scaled down for a mesh of three", LIMIT, () -> b.from(a, TrackKind.CAMERA).width == 213);
        Await.until("stats describe what b receives from a", LIMIT, () -> {
            PeerStats stats = b.seen.stats.get("a");
            PeerStats.Inbound video = stats == null ? null : stats.inbound(TrackKind.CAMERA);
            return video != null
                    && video.width() == 213
                    && video.framesPerSecond() > 0
                    && video.bitrateKbps() > 0
                    && stats.roundTripMillis() >= 0;
        });
        Await.until("stats tell why a's video is limited", LIMIT, () -> {
            PeerStats stats = a.seen.stats.get("c");
            return stats != null
                    && stats.outbound().stream()
                            .anyMatch(o -> "video".equals(o.mediaType()) && o.qualityLimitationReason() != null);
        });
        assertThat(c.seen.stats.get("a").inbound(TrackKind.AUDIO).lossFraction())
                .isLessThan(0.05);
    }

    @Test
    void someoneWithoutCameraOrMicrophoneJoinsAndLaterSwitchesOnACamera() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant bare = new TestParticipant(rtc, room, "b", false, false);
        people.add(bare);
        bare.join();
        awaitVideoAdvancing(bare, a, TrackKind.CAMERA);
        Await.until("bare hears a", LIMIT, () -> bare.audioPacketsFrom(a) > 20);
        Await.until(
                "a sees b without camera or microphone",
                LIMIT,
                () -> a.seen.participant("b") != null
                        && !a.seen.participant("b").cameraOn()
                        && !a.seen.participant("b").micOn());
        assertThat(bare.seen.statuses).extracting(CallStatus::code).contains(CallStatus.Code.NO_SOUND);
        assertThat(a.session.receivedKinds("b").get()).doesNotContain(TrackKind.CAMERA);

        bare.session
                .useInput(TrackKind.CAMERA, new SyntheticVideoInput("late-camera", 240, 180, 15), true)
                .get();
        awaitVideoAdvancing(a, bare, TrackKind.CAMERA);
        Await.until("a sees b's camera on", LIMIT, () -> a.seen.participant("b").cameraOn());
    }

    @Test
    void switchingCameraMidCallShowsTheNewSource() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        awaitMesh();
        assertThat(b.from(a, TrackKind.CAMERA).width).isEqualTo(320);
        a.session
                .useInput(TrackKind.CAMERA, new SyntheticVideoInput("other-camera", 240, 180, 15), true)
                .get();
        Await.until("b sees the new camera's picture", LIMIT, () -> b.from(a, TrackKind.CAMERA).width == 240);
        awaitVideoAdvancing(b, a, TrackKind.CAMERA);
        assertThat(a.camera.framesPushed()).isPositive();
        int stopped = a.camera.framesPushed();
        Await.settles("the old camera", LIMIT, Duration.ofMillis(200), 2, a.camera::framesPushed);
        assertThat(a.camera.framesPushed() - stopped).isLessThan(3); // released, not running in the background
    }

    @Test
    void aSignalingOutageNeitherDropsTheMediaNorMissesWhoLeft() throws Exception {
        TestParticipant a = person("a", true).join();
        TestParticipant b = person("b", false).join();
        TestParticipant c = person("c", false).join();
        awaitMesh();
        InJvmRoom.Member bConnection = b.transport();
        bConnection.drop();
        Await.until(
                "b is told it is reconnecting",
                LIMIT,
                () -> b.seen.statuses.stream().anyMatch(s -> s.code() == CallStatus.Code.SIGNALING_RECONNECTING));
        awaitVideoAdvancing(b, a, TrackKind.CAMERA); // media does not need the server
        c.session.leave().get(); // b misses the ParticipantLeft while offline
        long offersBefore = offers();
        bConnection.resume();
        Await.until("b closes its link to c after resuming", LIMIT, () -> !peers(b).contains("c"));
        assertThat(peers(b)).containsExactly("a");
        Await.until("b is told that c left while it was away", LIMIT, () -> b.seen.left.contains("c"));
        assertThat(b.seen.roster).extracting(p -> p.id()).containsExactly("a", "b");
        awaitVideoAdvancing(b, a, TrackKind.CAMERA);
        awaitVideoAdvancing(a, b, TrackKind.CAMERA);
        assertThat(offers()).as("no renegotiation with a").isEqualTo(offersBefore);
        assertThat(b.seen.ended).isNull();
    }

    private long offers() {
        return room.received().stream()
                .filter(m -> m instanceof dev.coms.protocol.signal.SignalMessage.Offer)
                .count();
    }

    private void awaitMesh() {
        for (TestParticipant viewer : people) {
            for (TestParticipant other : people) {
                if (viewer != other) {
                    awaitVideoAdvancing(viewer, other, TrackKind.CAMERA);
                }
            }
        }
    }

    private static java.util.Set<String> peers(TestParticipant p) {
        return p.session.connectedPeers().join();
    }

    private static List<String> texts(TestParticipant p) {
        return p.seen.chat.stream().map(ChatMessage::text).toList();
    }

    static void awaitVideoAdvancing(TestParticipant viewer, TestParticipant other, TrackKind kind) {
        var stream = viewer.from(other, kind);
        Await.until(viewer.id + " decodes " + other.id + "'s " + kind, LIMIT, () -> stream.lastCounter >= 0);
        int first = stream.lastCounter;
        Await.until(
                viewer.id + " sees " + other.id + "'s " + kind + " advance", LIMIT, () -> stream.lastCounter > first);
    }
}
