package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.server.testing.RoomClient;
import dev.coms.server.testing.TestServer;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole server path a user takes: REST join ticket → live room → the room's rules show up in the REST view. */
class MeetingToRoomTest {

    private final TestServer server = TestServer.withRealRooms();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    @Test
    void ticketsFromTheJoinEndpointOpenTheRoomAndTheHostsRulesAreEnforcedEndToEnd() {
        SessionView host = server.newHost("Hannah Host");
        HostMeetingView meeting = server.read(
                server.post(
                        "/api/meetings/open-now",
                        new StartOpenMeetingRequest("Weekly sync", null, "UTC"),
                        host.token()),
                HostMeetingView.class);
        String id = meeting.meeting().id();

        RoomClient hostSocket = enter(id, new JoinRequest(null, null), host.token());
        SignalMessage.Welcome hostWelcome = hostSocket.await(SignalMessage.Welcome.class);
        assertThat(hostWelcome.roster()).singleElement().satisfies(p -> {
            assertThat(p.host()).isTrue();
            assertThat(p.displayName()).isEqualTo("Hannah Host");
        });

        GuestIdentity guest = new GuestIdentity("Gus Guest", "device-123");
        RoomClient guestSocket = enter(id, new JoinRequest(null, guest), null);
        SignalMessage.Welcome guestWelcome = guestSocket.await(SignalMessage.Welcome.class);
        assertThat(hostSocket
                        .await(SignalMessage.ParticipantJoined.class)
                        .participant()
                        .displayName())
                .isEqualTo("Gus Guest");
        assertThat(publicView(id).participants()).isEqualTo(2);

        hostSocket.send(new SignalMessage.Expel(guestWelcome.participantId()));
        guestSocket.await(SignalMessage.Expelled.class);
        assertThat(server.post("/api/meetings/" + id + "/join", new JoinRequest(null, guest), null)
                        .status())
                .as("an expelled guest cannot get a new ticket")
                .isEqualTo(403);

        hostSocket.send(new SignalMessage.Leave(null));
        hostSocket.awaitClose();
        assertThat(publicView(id).state()).isEqualTo(MeetingState.ENDED);
        assertThat(server.post(
                                "/api/meetings/" + id + "/join",
                                new JoinRequest(null, new GuestIdentity("Late Lou", "device-456")),
                                null)
                        .status())
                .as("nobody joins a meeting whose host left")
                .isEqualTo(410);
    }

    private RoomClient enter(String meetingId, JoinRequest request, String token) {
        TestServer.Reply reply = server.post("/api/meetings/" + meetingId + "/join", request, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JoinTicket ticket = server.read(reply, JoinTicket.class);
        return RoomClient.connect(http, server.wsUri(ticket.signalingUrl() + "?ticket=" + ticket.ticket()));
    }

    private MeetingView publicView(String id) {
        return server.read(server.get("/api/meetings/" + id, null), MeetingView.class);
    }
}
