package dev.coms.server.meetings;

import static dev.coms.server.testing.TestServer.START;
import static dev.coms.server.testing.TestServer.scheduleAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.ServerCapabilities;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.server.testing.RoomClient;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A host moves a meeting, hands out calendar files, and opens the room a little early. */
class RescheduleApiTest {

    static final TestServer SERVER = new TestServer();
    static final SessionView HOST = SERVER.newHost("Rita Host");
    static final SessionView OTHER = SERVER.newHost("Otto Other");

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void resetClock() {
        SERVER.clock.set(START);
    }

    private static HostMeetingView schedule(MeetingMode mode, Instant at) {
        Reply reply = SERVER.post("/api/meetings", scheduleAt(mode, "Planning", at), HOST.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return SERVER.read(reply, HostMeetingView.class);
    }

    private static ScheduleMeetingRequest moved(String title, Instant at, String zone) {
        var local = at.atZone(java.time.ZoneId.of(zone));
        return new ScheduleMeetingRequest(
                null,
                title,
                "New topic",
                local.toLocalDate().toString(),
                String.format("%02d:%02d", local.getHour(), local.getMinute()),
                zone);
    }

    @Test
    void aMovedMeetingKeepsItsLinksAndPasscode() {
        HostMeetingView before = schedule(MeetingMode.PRIVATE, START.plus(Duration.ofDays(1)));
        Instant later = START.plus(Duration.ofDays(2)).plus(Duration.ofHours(3));
        Reply reply = SERVER.put(
                "/api/meetings/" + before.meeting().id(),
                moved("Planning, moved", later, "Europe/Berlin"),
                HOST.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        HostMeetingView after = SERVER.read(reply, HostMeetingView.class);
        assertThat(after.meeting().startsAt()).isEqualTo(later);
        assertThat(after.meeting().title()).isEqualTo("Planning, moved");
        assertThat(after.meeting().topic()).isEqualTo("New topic");
        assertThat(after.meeting().hostZone()).isEqualTo("Europe/Berlin");
        assertThat(after.inviteLink()).isEqualTo(before.inviteLink());
        assertThat(after.passcode()).isEqualTo(before.passcode());
        assertThat(SERVER.get("/api/meetings/" + before.meeting().id(), null).body())
                .contains("Planning, moved");
    }

    @Test
    void onlyTheHostMovesAMeetingAndOnlyBeforeItStarts() {
        HostMeetingView m = schedule(MeetingMode.OPEN, START.plus(Duration.ofHours(1)));
        String path = "/api/meetings/" + m.meeting().id();
        ScheduleMeetingRequest edit = moved("Other", START.plus(Duration.ofHours(2)), "UTC");
        assertThat(SERVER.put(path, edit, OTHER.token()).status()).isEqualTo(403);
        assertThat(SERVER.put(path, edit, null).status()).isEqualTo(401);

        Reply modeChange = SERVER.put(
                path,
                new ScheduleMeetingRequest(MeetingMode.PRIVATE, "Other", "", "2030-01-01", "12:00", "UTC"),
                HOST.token());
        assertThat(modeChange.status()).isEqualTo(400);
        assertThat(modeChange.body()).contains("\"field\":\"mode\"");
        assertThat(SERVER.put(path, moved("Past", START.minus(Duration.ofHours(1)), "UTC"), HOST.token())
                        .status())
                .isEqualTo(400);

        SERVER.clock.advance(Duration.ofHours(1));
        Reply started = SERVER.put(path, moved("Too late", START.plus(Duration.ofHours(3)), "UTC"), HOST.token());
        assertThat(started.status()).isEqualTo(409);
        assertThat(started.body()).contains("\"code\":\"already_started\"");
    }

    @Test
    void theCalendarFileGivesTheHostThePasscodeAndOthersOnlyTheLink() {
        HostMeetingView m = schedule(MeetingMode.PRIVATE, START.plus(Duration.ofDays(1)));
        String path = "/api/meetings/" + m.meeting().id() + "/calendar.ics";
        Reply host = SERVER.get(path, HOST.token());
        assertThat(host.status()).isEqualTo(200);
        assertThat(host.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(host.body())
                .contains("BEGIN:VEVENT", "DTSTART:20300102T100000Z", "SUMMARY:Planning")
                .contains(m.passcode());
        Reply anyone = SERVER.get(path, null);
        assertThat(anyone.status()).isEqualTo(200);
        assertThat(anyone.body()).contains("BEGIN:VEVENT").doesNotContain(m.passcode());
        assertThat(SERVER.get("/api/meetings/nosuchmeeting/calendar.ics", null).status())
                .isEqualTo(404);
    }

    @Test
    void theHostMayOpenTheRoomTenMinutesEarlyGuestsWaitForTheStart() {
        HostMeetingView m = schedule(MeetingMode.OPEN, START.plus(Duration.ofMinutes(30)));
        String join = "/api/meetings/" + m.meeting().id() + "/join";
        SERVER.clock.set(START.plus(Duration.ofMinutes(19)));
        assertThat(SERVER.post(join, new JoinRequest(null, null), HOST.token()).status())
                .as("eleven minutes early")
                .isEqualTo(409);

        SERVER.clock.set(START.plus(Duration.ofMinutes(20)));
        Reply early = SERVER.post(join, new JoinRequest(null, null), HOST.token());
        assertThat(early.status()).as(early.body()).isEqualTo(200);
        RoomClient host = SERVER.connect(SERVER.read(early, JoinTicket.class));
        assertThat(host.await(SignalMessage.Welcome.class).roster()).hasSize(1);

        Reply guest = SERVER.post(join, new JoinRequest(null, new GuestIdentity("Gina", "device-early")), null);
        assertThat(guest.status()).isEqualTo(409);
        assertThat(guest.body()).contains("\"code\":\"not_started\"");
        host.closeNormally();
    }

    @Test
    void theServerSaysWhichInvitationChannelsItCanDeliver() {
        Reply reply = SERVER.get("/api/capabilities", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(SERVER.read(reply, ServerCapabilities.class)).isEqualTo(new ServerCapabilities(false, false, false));
    }
}
