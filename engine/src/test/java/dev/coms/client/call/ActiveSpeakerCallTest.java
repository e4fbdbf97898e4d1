package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.testing.Await;
import dev.coms.client.call.testing.InJvmRoom;
import dev.coms.client.call.testing.TestParticipant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The active speaker in a real three-way call on the engine: each participant sends a tone as their microphone;
 * muting takes a participant out, and everyone (the speaker included) agrees on who speaks.
 */
class ActiveSpeakerCallTest {

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

    @Test
    void everyoneHighlightsTheOnePersonWithTheMicrophoneOnAndNobodyOnceAllAreMuted() throws Exception {
        TestParticipant a = person("a", true);
        TestParticipant b = person("b", false);
        TestParticipant c = person("c", false);
        Await.until(
                "everyone connected",
                LIMIT,
                () -> people.stream()
                        .allMatch(p -> p.session.connectedPeers().join().size() == 2));

        b.session.setMicrophoneOn(false).get();
        c.session.setMicrophoneOn(false).get();
        awaitEveryoneSees("a");

        a.session.setMicrophoneOn(false).get();
        awaitEveryoneSees(null);

        c.session.setMicrophoneOn(true).get();
        awaitEveryoneSees("c");
        assertThat(b.seen.activeSpeaker).isEqualTo("c");
    }

    @Test
    void aSpeakerWhoLeavesIsNoLongerHighlighted() throws Exception {
        TestParticipant b = person("b", true); // the host stays: a guest leaving does not end the meeting
        TestParticipant a = person("a", false);
        Await.until("connected", LIMIT, () -> b.session.connectedPeers().join().contains("a"));
        b.session.setMicrophoneOn(false).get();
        Await.until("b hears a speak", LIMIT, () -> "a".equals(b.seen.activeSpeaker));

        a.session.leave().get();
        Await.until("nobody highlighted after a left", LIMIT, () -> b.seen.activeSpeaker == null);
    }

    private void awaitEveryoneSees(String speaker) {
        for (TestParticipant p : people) {
            Await.until(
                    p.id + " sees " + speaker + " as the active speaker",
                    LIMIT,
                    () -> Objects.equals(speaker, p.seen.activeSpeaker));
        }
    }

    private TestParticipant person(String id, boolean host) throws Exception {
        TestParticipant p = new TestParticipant(rtc, room, id, host);
        people.add(p);
        return p.join();
    }
}
