package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.IceServer;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage.Answer;
import dev.coms.protocol.signal.SignalMessage.Candidate;
import dev.coms.protocol.signal.SignalMessage.Error;
import dev.coms.protocol.signal.SignalMessage.MediaState;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.ParticipantJoined;
import dev.coms.protocol.signal.SignalMessage.ParticipantLeft;
import dev.coms.protocol.signal.SignalMessage.ParticipantUpdated;
import dev.coms.server.rooms.RoomTestServer.Joined;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Joining, rosters, relays and media state over real WebSockets. */
class RoomSignalingTest {

    static RoomTestServer server;

    @BeforeAll
    static void start() {
        RoomSettings.IceSettings ice = new RoomSettings.IceSettings(
                List.of("stun:stun.example.org:3478"),
                List.of("turn:turn.example.org:3478?transport=udp"),
                "s3cret",
                Duration.ofHours(2));
        server = new RoomTestServer(RoomTestServer.settings().withIce(ice).withCapacity(3));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void welcomeCarriesRosterIceServersAndMeetingAndOthersSeeTheNewcomer() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        assertThat(host.welcome().roster()).extracting(Participant::displayName).containsExactly("Hana");

        Joined guest = server.join(meeting, "Gus", false);
        assertThat(guest.welcome().roster())
                .extracting(Participant::displayName, Participant::host)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hana", true),
                        org.assertj.core.groups.Tuple.tuple("Gus", false));
        assertThat(guest.welcome().resumeToken()).hasSizeGreaterThan(30);
        assertThat(guest.welcome().meeting().id()).isEqualTo(meeting);
        assertThat(guest.welcome().serverTime()).isEqualTo(server.clock.instant());

        List<IceServer> ice = guest.welcome().iceServers();
        assertThat(ice.get(0).urls()).containsExactly("stun:stun.example.org:3478");
        long expiry = server.clock.instant().plus(Duration.ofHours(2)).getEpochSecond();
        assertThat(ice.get(1).username()).isEqualTo(expiry + ":" + guest.id());
        assertThat(ice.get(1).credential())
                .isEqualTo(IceServerFactory.credential("s3cret", ice.get(1).username()));

        ParticipantJoined joined = host.client().await(ParticipantJoined.class);
        assertThat(joined.participant().id()).isEqualTo(guest.id());
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(2);
    }

    @Test
    void offersAnswersAndCandidatesReachOnlyTheirAddresseeWithTheRealSender() {
        String meeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        Joined b = server.join(meeting, "Bob", false);
        Joined c = server.join(meeting, "Cy", false);

        a.client().send(new Offer("spoofed", b.id(), "v=0 offer"));
        b.client().send(new Answer(null, a.id(), "v=0 answer"));
        a.client().send(new Candidate(null, b.id(), "0", 0, "candidate:1 1 udp 1 10.0.0.1 5000 typ host"));

        assertThat(b.client().await(Offer.class)).isEqualTo(new Offer(a.id(), b.id(), "v=0 offer"));
        assertThat(a.client().await(Answer.class)).isEqualTo(new Answer(b.id(), a.id(), "v=0 answer"));
        assertThat(b.client().await(Candidate.class).from()).isEqualTo(a.id());
        c.client().roundTrip();
        c.client().assertNoneOf(Offer.class);
        c.client().assertNoneOf(Answer.class);
        c.client().assertNoneOf(Candidate.class);
    }

    @Test
    void relayToAnUnknownOrDepartedParticipantOrAnotherMeetingGetsATypedError() {
        String meeting = server.liveMeeting();
        String otherMeeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        Joined b = server.join(meeting, "Bob", false);
        Joined stranger = server.join(otherMeeting, "Stan", true);

        a.client().send(new Offer(null, "nobody", "v=0"));
        Error error = a.client().await(Error.class);
        assertThat(error.code()).isEqualTo(SignalErrorCode.UNKNOWN_PARTICIPANT);
        assertThat(error.ref()).isEqualTo("offer");

        a.client().send(new Offer(null, stranger.id(), "v=0"));
        assertThat(a.client().await(Error.class).code()).isEqualTo(SignalErrorCode.UNKNOWN_PARTICIPANT);
        stranger.client().roundTrip();
        stranger.client().assertNoneOf(Offer.class);

        b.client().closeNormally();
        assertThat(a.client().await(ParticipantLeft.class)).isEqualTo(new ParticipantLeft(b.id(), LeaveReason.LEFT));
        a.client().send(new Candidate(null, b.id(), "0", 0, "candidate:x"));
        assertThat(a.client().await(Error.class).code()).isEqualTo(SignalErrorCode.UNKNOWN_PARTICIPANT);
    }

    @Test
    void mediaStateReachesEveryonesRoster() {
        String meeting = server.liveMeeting();
        Joined a = server.join(meeting, "Ada", true);
        Joined b = server.join(meeting, "Bob", false);

        b.client().send(new MediaState(true, false, true));
        Participant updated = a.client().await(ParticipantUpdated.class).participant();
        assertThat(updated).isEqualTo(new Participant(b.id(), "Bob", false, true, false, true));
        assertThat(b.client().await(ParticipantUpdated.class).participant()).isEqualTo(updated);

        Joined c = server.join(meeting, "Cy", false);
        assertThat(c.welcome().roster()).contains(updated);
    }

    @Test
    void theParticipantBeyondTheCapIsToldTheMeetingIsFull() {
        String meeting = server.liveMeeting();
        server.join(meeting, "One", true);
        server.join(meeting, "Two", false);
        server.join(meeting, "Three", false);

        int status = server.refusal(meeting, "ticket=" + server.ticket(meeting, "guest:Four", "Four", false));
        assertThat(status).isEqualTo(429);
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(3);
    }

    @Test
    void guestsWhoFillTheRoomFirstNeverKeepTheHostOut() {
        String meeting = server.liveMeeting();
        server.join(meeting, "One", false);
        server.join(meeting, "Two", false);
        assertThat(server.refusal(meeting, "ticket=" + server.ticket(meeting, "guest:Three", "Three", false)))
                .as("the last seat is the host's")
                .isEqualTo(429);

        Joined host = server.join(meeting, "Hana", true);
        assertThat(host.welcome().roster()).hasSize(3);
        assertThat(server.rooms().participantCount(meeting)).isEqualTo(3);
    }

    @Test
    void aRefusedUpgradeSaysWhyInOneSentenceWithoutInternals() throws Exception {
        String meeting = server.liveMeeting();
        server.join(meeting, "One", true);
        server.join(meeting, "Two", false);
        server.join(meeting, "Three", false);
        String ticket = server.ticket(meeting, "guest:Four", "Four", false);

        String reply = RawWsClient.refusedUpgrade(server.port(), "/ws/rooms/" + meeting + "?ticket=" + ticket);
        assertThat(reply)
                .startsWith("HTTP/1.1 429")
                .contains("meeting_full: The meeting is full (3 people).")
                .doesNotContain("Exception")
                .doesNotContain("at io.helidon");
    }

    @Test
    void upgradesWithoutAValidTicketOrForAnUnknownMeetingAreRefused() {
        String meeting = server.liveMeeting();
        assertThat(server.refusal(meeting, "ticket=forged")).isEqualTo(401);
        assertThat(server.refusal(meeting, "resume=forged")).isEqualTo(401);
        String ticketForOther = server.ticket(server.liveMeeting(), "guest:x", "X", false);
        assertThat(server.refusal(meeting, "ticket=" + ticketForOther)).isEqualTo(401);
        assertThat(server.refusal(
                        "no-such-meeting", "ticket=" + server.ticket("no-such-meeting", "guest:x", "X", false)))
                .isEqualTo(404);
        String scheduled = server.scheduledMeeting();
        assertThat(server.refusal(scheduled, "ticket=" + server.ticket(scheduled, "guest:x", "X", false)))
                .isEqualTo(409);
    }

    @Test
    void aSecondConnectionOfTheSameIdentityReplacesTheFirst() {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined first = server.joinAs(meeting, "account:42", "Gus", false);
        host.client().await(ParticipantJoined.class);

        Joined second = server.joinAs(meeting, "account:42", "Gus", false);
        Error error = first.client().await(Error.class);
        assertThat(error.code()).isEqualTo(SignalErrorCode.REPLACED);
        assertThat(first.client().awaitClose().code()).isEqualTo(1000);
        assertThat(host.client().await(ParticipantLeft.class).participantId()).isEqualTo(first.id());
        assertThat(host.client().await(ParticipantJoined.class).participant().id())
                .isEqualTo(second.id());
        assertThat(second.welcome().roster()).extracting(Participant::id).containsExactly(host.id(), second.id());
    }
}
