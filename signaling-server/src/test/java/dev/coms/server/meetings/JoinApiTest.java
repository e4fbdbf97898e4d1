package dev.coms.server.meetings;

import static dev.coms.server.testing.TestServer.START;
import static dev.coms.server.testing.TestServer.scheduleAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import dev.coms.server.tickets.Grant;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Join authorisation; a fresh server per test, because lockouts are per source address. */
class JoinApiTest {

    static final GuestIdentity GUEST = new GuestIdentity("Guest Gus", "device-0001");

    TestServer server;
    SessionView host;

    @BeforeEach
    void start() {
        server = new TestServer();
        host = server.newHost("Join Host");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HostMeetingView scheduled(MeetingMode mode, Instant at) {
        Reply reply = server.post("/api/meetings", scheduleAt(mode, "Meeting", at), host.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return server.read(reply, HostMeetingView.class);
    }

    private HostMeetingView live() {
        return server.read(
                server.post("/api/meetings/open-now", new StartOpenMeetingRequest("Live", null, null), host.token()),
                HostMeetingView.class);
    }

    private Reply join(String id, String passcode, GuestIdentity guest, String token) {
        return server.post("/api/meetings/" + id + "/join", new JoinRequest(passcode, guest), token);
    }

    private Grant redeem(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JoinTicket ticket = server.read(reply, JoinTicket.class);
        return server.coms.tickets().redeem(ticket.ticket(), ticket.meetingId()).orElseThrow();
    }

    @Test
    void aGuestGetsASingleUseTicketForALiveOpenMeeting() {
        String id = live().meeting().id();
        Reply reply = join(id, null, GUEST, null);
        assertThat(reply.status()).isEqualTo(200);
        JoinTicket ticket = server.read(reply, JoinTicket.class);
        assertThat(ticket.signalingUrl()).isEqualTo("/ws/rooms/" + id);
        assertThat(ticket.expiresAt()).isEqualTo(START.plusSeconds(60));

        Optional<Grant> grant = server.coms.tickets().redeem(ticket.ticket(), id);
        assertThat(grant).isPresent();
        assertThat(grant.get().identityKey()).isEqualTo("guest:device-0001@127.0.0.1");
        assertThat(grant.get().displayName()).isEqualTo("Guest Gus");
        assertThat(grant.get().host()).isFalse();
        assertThat(server.coms.tickets().redeem(ticket.ticket(), id))
                .as("second use")
                .isEmpty();
    }

    @Test
    void ticketsExpireAfterAMinute() {
        String id = live().meeting().id();
        JoinTicket ticket = server.read(join(id, null, GUEST, null), JoinTicket.class);
        server.clock.advance(Duration.ofSeconds(60));
        assertThat(server.coms.tickets().redeem(ticket.ticket(), id)).isEmpty();
    }

    @Test
    void theHostIsRecognisedByAccountAndNeedsNoPasscode() {
        String id = scheduled(MeetingMode.PRIVATE, START).meeting().id();
        Grant grant = redeem(join(id, null, null, host.token()));
        assertThat(grant.host()).isTrue();
        assertThat(grant.identityKey()).isEqualTo("account:" + host.account().id());

        SessionView other = server.newHost("Other");
        HostMeetingView open = live();
        Grant otherGrant = redeem(join(open.meeting().id(), null, null, other.token()));
        assertThat(otherGrant.host()).isFalse();
        assertThat(otherGrant.accountId()).isEqualTo(other.account().id());
    }

    @Test
    void joiningBeforeTheStartIsRefusedWithTheStartTime() {
        Instant at = START.plus(Duration.ofHours(1));
        String id = scheduled(MeetingMode.OPEN, at).meeting().id();
        Reply early = join(id, null, GUEST, null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("\"code\":\"not_started\"").contains("11:00");
        assertThat(Instant.parse(early.tree(server.json).get("until").asText())).isEqualTo(at);

        server.clock.set(at);
        assertThat(join(id, null, GUEST, null).status()).isEqualTo(200);
    }

    @Test
    void privateMeetingsNeedTheirPasscodeTypedAnyWay() {
        HostMeetingView meeting = scheduled(MeetingMode.PRIVATE, START);
        String id = meeting.meeting().id();
        Reply none = join(id, null, GUEST, null);
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.body()).contains("passcode_required");
        Reply wrong = join(id, "AAAA-BBBB-CCCC", GUEST, null);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body()).contains("wrong_passcode");

        String sloppy = meeting.passcode().toLowerCase().replace("-", " ");
        assertThat(join(id, sloppy, GUEST, null).status()).isEqualTo(200);
    }

    @Test
    void anAddressGivingFiveWrongPasscodesWaitsAndTheMessageSaysHowLong() {
        HostMeetingView meeting = scheduled(MeetingMode.PRIVATE, START);
        String id = meeting.meeting().id();
        for (int i = 0; i < 4; i++) {
            assertThat(join(id, "WRNG-WRNG-WRN" + i, GUEST, null).status()).isEqualTo(403);
        }
        Reply fifth = join(id, "WRNG-WRNG-WRNG", GUEST, null);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.body()).contains("\"code\":\"locked_out\"").contains("try again in 15 seconds");
        Instant until = Instant.parse(fifth.tree(server.json).get("until").asText());
        assertThat(until).isEqualTo(START.plusSeconds(15));

        server.clock.advance(Duration.ofSeconds(5));
        Reply rightButWaiting = join(id, meeting.passcode(), GUEST, null);
        assertThat(rightButWaiting.status()).isEqualTo(429);
        assertThat(rightButWaiting.body()).contains("try again in 10 seconds");
        assertThat(redeem(join(id, null, null, host.token())).host())
                .as("the host never waits")
                .isTrue();
        assertThat(server.postFrom(
                                "127.0.0.2",
                                "/api/meetings/" + id + "/join",
                                new JoinRequest(meeting.passcode(), GUEST),
                                null)
                        .status())
                .as("another address with the right passcode")
                .isEqualTo(200);

        server.clock.advance(Duration.ofSeconds(10));
        assertThat(join(id, meeting.passcode(), GUEST, null).status()).isEqualTo(200);
    }

    @Test
    void wrongPasscodesFromManyAddressesNeverLockOutAGuestWithTheRightOne() {
        HostMeetingView meeting = scheduled(MeetingMode.PRIVATE, START);
        String id = meeting.meeting().id();
        for (int i = 2; i <= 26; i++) {
            Reply wrong = server.postFrom(
                    "127.0.0." + i, "/api/meetings/" + id + "/join", new JoinRequest("WRNG-WRNG-WRNG", GUEST), null);
            assertThat(wrong.status()).isIn(403, 429);
        }
        // Past the meeting's budget (20), those who guessed wrong are slowed down, even with the right passcode...
        Reply slowed = server.postFrom(
                "127.0.0.3", "/api/meetings/" + id + "/join", new JoinRequest(meeting.passcode(), GUEST), null);
        assertThat(slowed.status()).isEqualTo(429);
        // ...but a guest who has not guessed wrong gets in at once.
        assertThat(join(id, meeting.passcode(), GUEST, null).status()).isEqualTo(200);
    }

    @Test
    void aGuestWhoMistypesAFewTimesIsNeverHeldUp() {
        HostMeetingView meeting = scheduled(MeetingMode.PRIVATE, START);
        String id = meeting.meeting().id();
        for (int i = 0; i < 4; i++) {
            assertThat(join(id, "WRNG-WRNG-WRNG", GUEST, null).status()).isEqualTo(403);
        }
        assertThat(join(id, meeting.passcode(), GUEST, null).status()).isEqualTo(200);
        assertThat(join(id, "WRNG-WRNG-WRNG", GUEST, null).status())
                .as("the count starts again")
                .isEqualTo(403);
    }

    @Test
    void anAddressGuessingAcrossMeetingsIsLockedOutEverywhere() {
        String[] ids = new String[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = scheduled(MeetingMode.PRIVATE, START).meeting().id();
            Reply r = join(ids[i], "WRNG-WRNG-WRNG", GUEST, null);
            assertThat(r.status()).isEqualTo(i < 4 ? 403 : 429);
        }
        HostMeetingView fresh = scheduled(MeetingMode.PRIVATE, START);
        assertThat(join(fresh.meeting().id(), fresh.passcode(), GUEST, null).status())
                .isEqualTo(429);
        assertThat(server.postFrom(
                                "127.0.0.2",
                                "/api/meetings/" + fresh.meeting().id() + "/join",
                                new JoinRequest(fresh.passcode(), GUEST),
                                null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void cancelledEndedAndBannedAreRefused() {
        String cancelled = live().meeting().id();
        server.post("/api/meetings/" + cancelled + "/cancel", "", host.token());
        Reply c = join(cancelled, null, GUEST, null);
        assertThat(c.status()).isEqualTo(410);
        assertThat(c.body()).contains("meeting_cancelled");

        String ended = live().meeting().id();
        server.coms.meetingRules().meetingEnded(ended);
        Reply e = join(ended, null, GUEST, null);
        assertThat(e.status()).isEqualTo(410);
        assertThat(e.body()).contains("meeting_ended");

        String open = live().meeting().id();
        server.coms.meetingRules().ban(open, "guest:device-0001@127.0.0.1");
        assertThat(server.coms.meetingRules().isBanned(open, "guest:device-0001@127.0.0.1"))
                .isTrue();
        Reply b = join(open, null, GUEST, null);
        assertThat(b.status()).isEqualTo(403);
        assertThat(b.body()).contains("\"code\":\"banned\"");
        assertThat(join(open, null, new GuestIdentity("Someone else", "device-0002"), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void badCallersGetClearErrors() {
        String id = live().meeting().id();
        Reply noGuest = join(id, null, null, null);
        assertThat(noGuest.status()).isEqualTo(400);
        assertThat(noGuest.tree(server.json).get("fields").findValuesAsText("field"))
                .containsExactlyInAnyOrder("guest.displayName", "guest.deviceId");
        assertThat(join(id, null, GUEST, "expired-or-made-up").status()).isEqualTo(401);
        assertThat(join("nosuchmeeting", null, GUEST, null).status()).isEqualTo(404);
        Reply notJson = server.postRaw("/api/meetings/" + id + "/join", "passcode=1234", null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("bad_json");
    }
}
