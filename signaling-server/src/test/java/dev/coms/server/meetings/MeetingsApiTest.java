package dev.coms.server.meetings;

import static dev.coms.server.testing.TestServer.START;
import static dev.coms.server.testing.TestServer.scheduleAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.server.testing.RoomClient;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingsApiTest {

    static final TestServer SERVER = new TestServer();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void resetClock() {
        SERVER.clock.set(START);
    }

    static HostMeetingView schedule(SessionView host, ScheduleMeetingRequest request) {
        Reply reply = SERVER.post("/api/meetings", request, host.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return SERVER.read(reply, HostMeetingView.class);
    }

    static HostMeetingView startNow(SessionView host, String topic) {
        Reply reply =
                SERVER.post("/api/meetings/open-now", new StartOpenMeetingRequest(topic, null, null), host.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return SERVER.read(reply, HostMeetingView.class);
    }

    static MeetingView publicView(String id) {
        Reply reply = SERVER.get("/api/meetings/" + id, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return SERVER.read(reply, MeetingView.class);
    }

    @Test
    void aPrivateMeetingGetsAReadablePasscodeThatOnlyTheHostSees() {
        SessionView host = SERVER.newHost("Grace Host");
        var request = new ScheduleMeetingRequest(
                MeetingMode.PRIVATE, "Planning", "Next quarter", "2030-01-02", "09:30", "Europe/Berlin");
        HostMeetingView created = schedule(host, request);

        assertThat(created.passcode()).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
        MeetingView m = created.meeting();
        assertThat(m.startsAt()).isEqualTo(Instant.parse("2030-01-02T08:30:00Z"));
        assertThat(m.hostZone()).isEqualTo("Europe/Berlin");
        assertThat(m.hostName()).isEqualTo("Grace Host");
        assertThat(m.state()).isEqualTo(MeetingState.SCHEDULED);
        assertThat(InviteLink.parse(created.inviteLink()).orElseThrow().passcode())
                .isEqualTo(created.passcode());
        assertThat(InviteLink.parse(created.inviteAppLink()).orElseThrow().passcode())
                .isEqualTo(created.passcode());
        assertThat(m.link()).isEqualTo("https://coms.example.org/m/" + m.id());

        Reply pub = SERVER.get("/api/meetings/" + m.id(), null);
        assertThat(pub.body()).doesNotContain(created.passcode()).doesNotContain("passcode");
        assertThat(SERVER.read(pub, MeetingView.class)).isEqualTo(m);

        List<HostMeetingView> mine = mine(host);
        assertThat(mine).extracting(HostMeetingView::passcode).containsExactly(created.passcode());
    }

    @Test
    void invalidSchedulesNameEachField() {
        SessionView host = SERVER.newHost("Val Host");
        Reply reply = SERVER.post(
                "/api/meetings",
                new ScheduleMeetingRequest(null, "", "t", "2030-13-01", "9am", "Mars/Olympus"),
                host.token());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"code\":\"validation_failed\"");
        assertThat(reply.tree(SERVER.json).get("fields").findValuesAsText("field"))
                .containsExactlyInAnyOrder("mode", "title", "date", "time", "zone");

        Reply past = SERVER.post(
                "/api/meetings", scheduleAt(MeetingMode.OPEN, "Late", START.minusSeconds(120)), host.token());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("in the past");

        Reply longTitle = SERVER.post(
                "/api/meetings", scheduleAt(MeetingMode.OPEN, "x".repeat(81), START.plusSeconds(3600)), host.token());
        assertThat(longTitle.tree(SERVER.json).get("fields").findValuesAsText("field"))
                .containsExactly("title");

        Reply badMode = SERVER.postRaw("/api/meetings", "{\"mode\":\"WEEKLY\",\"title\":\"x\"}", host.token());
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.tree(SERVER.json).get("fields").get(0).get("field").asText())
                .isEqualTo("mode");
        assertThat(badMode.body()).contains("PRIVATE").contains("OPEN");
    }

    @Test
    void myMeetingsListsLiveAndFutureInStartOrderWithoutCancelledOnes() {
        SessionView host = SERVER.newHost("Order Host");
        HostMeetingView later = schedule(host, scheduleAt(MeetingMode.OPEN, "Later", START.plusSeconds(7200)));
        HostMeetingView sooner = schedule(host, scheduleAt(MeetingMode.PRIVATE, "Sooner", START.plusSeconds(3600)));
        HostMeetingView now = startNow(host, "Right now");
        HostMeetingView gone = schedule(host, scheduleAt(MeetingMode.OPEN, "Gone", START.plusSeconds(5000)));
        assertThat(SERVER.post("/api/meetings/" + gone.meeting().id() + "/cancel", "", host.token())
                        .status())
                .isEqualTo(200);

        assertThat(mine(host))
                .extracting(v -> v.meeting().id())
                .containsExactly(
                        now.meeting().id(),
                        sooner.meeting().id(),
                        later.meeting().id());
        assertThat(mine(SERVER.newHost("Other Host"))).isEmpty();
    }

    @Test
    void cancellingShowsCancelledToEveryoneAndClosesTheLiveRoom() {
        SessionView host = SERVER.newHost("Cancel Host");
        HostMeetingView live = startNow(host, "Stand-up");
        String id = live.meeting().id();
        List<RoomClient> inTheRoom = SERVER.enter(id, 3);

        Reply stranger = SERVER.post(
                "/api/meetings/" + id + "/cancel",
                "",
                SERVER.newHost("Stranger").token());
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(SERVER.post("/api/meetings/" + id + "/cancel", "", null).status())
                .isEqualTo(401);
        assertThat(publicView(id).state()).isEqualTo(MeetingState.LIVE);

        Reply cancel = SERVER.post("/api/meetings/" + id + "/cancel", "", host.token());
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(SERVER.read(cancel, HostMeetingView.class).meeting().state()).isEqualTo(MeetingState.CANCELLED);
        assertThat(publicView(id).state()).isEqualTo(MeetingState.CANCELLED);
        for (RoomClient participant : inTheRoom) {
            assertThat(participant.await(SignalMessage.MeetingEnded.class).reason())
                    .isEqualTo(EndReason.CANCELLED);
        }
        assertThat(openIds()).doesNotContain(id);
    }

    @Test
    void anOpenMeetingStartedNowIsLiveAndListedWithTheTopicAsTitle() {
        SessionView host = SERVER.newHost("Now Host");
        HostMeetingView live = startNow(host, "Open coffee chat");
        assertThat(live.meeting().state()).isEqualTo(MeetingState.LIVE);
        assertThat(live.meeting().title()).isEqualTo("Open coffee chat");
        assertThat(live.passcode()).isNull();
        assertThat(live.meeting().startsAt()).isEqualTo(START);

        Reply noTopic =
                SERVER.post("/api/meetings/open-now", new StartOpenMeetingRequest(" ", null, null), host.token());
        assertThat(noTopic.tree(SERVER.json).get("fields").findValuesAsText("field"))
                .containsExactly("topic");
    }

    @Test
    void theOpenListHasOpenLiveAndFutureMeetingsButNoPrivateOrPastOnes() {
        SessionView host = SERVER.newHost("List Host");
        String future = schedule(host, scheduleAt(MeetingMode.OPEN, "Future", START.plusSeconds(600)))
                .meeting()
                .id();
        String secret = schedule(host, scheduleAt(MeetingMode.PRIVATE, "Secret", START.plusSeconds(600)))
                .meeting()
                .id();
        String live = startNow(host, "Live one").meeting().id();

        assertThat(openIds()).contains(future, live).doesNotContain(secret);
        assertThat(openIds().indexOf(live)).isLessThan(openIds().indexOf(future));
    }

    @Test
    void aStartedMeetingNobodyIsInEndsTwoHoursAfterItsStart() {
        SessionView host = SERVER.newHost("Expiry Host");
        String empty = startNow(host, "Nobody came").meeting().id();
        String busy = startNow(host, "Full room").meeting().id();
        SERVER.enter(busy, 2);

        SERVER.clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertThat(publicView(empty).state()).isEqualTo(MeetingState.LIVE);
        SERVER.clock.advance(Duration.ofSeconds(1));
        assertThat(publicView(empty).state()).isEqualTo(MeetingState.ENDED);
        assertThat(publicView(busy).state()).isEqualTo(MeetingState.LIVE);
        assertThat(publicView(busy).participants()).isEqualTo(2);
        assertThat(openIds()).contains(busy).doesNotContain(empty);
        assertThat(mine(host)).extracting(v -> v.meeting().id()).containsExactly(busy);

        // Once recorded, the end is final: someone turning up at the room later is refused.
        ((Meetings) SERVER.coms.meetingRules()).endExpired();
        assertThat(SERVER.refusalToEnter(empty)).isEqualTo(410);
        assertThat(publicView(empty).state()).isEqualTo(MeetingState.ENDED);
        assertThat(publicView(busy).state()).isEqualTo(MeetingState.LIVE);
    }

    @Test
    void unknownOrMalformedMeetingIdsAre404() {
        Reply unknown = SERVER.get("/api/meetings/zzzzzzzzzzzz", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("not_found");
        assertThat(SERVER.get("/api/meetings/%27%3B--", null).status()).isEqualTo(404);
    }

    static List<HostMeetingView> mine(SessionView host) {
        Reply reply = SERVER.get("/api/meetings/mine", host.token());
        assertThat(reply.status()).isEqualTo(200);
        try {
            return SERVER.json.readValue(reply.body(), new TypeReference<List<HostMeetingView>>() {});
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> openIds() {
        Reply reply = SERVER.get("/api/meetings/open", null);
        assertThat(reply.status()).isEqualTo(200);
        return SERVER.read(reply, OpenMeetingsUpdate.class).meetings().stream()
                .map(MeetingView::id)
                .toList();
    }
}
