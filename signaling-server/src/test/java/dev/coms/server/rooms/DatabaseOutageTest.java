package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.SignalMessage.Expel;
import dev.coms.protocol.signal.SignalMessage.Expelled;
import dev.coms.protocol.signal.SignalMessage.Leave;
import dev.coms.protocol.signal.SignalMessage.MeetingEnded;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.ParticipantLeft;
import dev.coms.server.rooms.RoomTestServer.Joined;
import dev.coms.server.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database is out (every pooled connection taken, so each call would wait for the pool's 30 s): rooms go on at
 * full speed, expels and ends take effect at once, and what they decided is stored once the database is back.
 */
class DatabaseOutageTest {

    private static final Duration PROMPT = Duration.ofSeconds(3);

    private RoomTestServer server;
    private final List<Connection> held = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new RoomTestServer(RoomTestServer.settings().withDoor(Duration.ofMillis(300), Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() throws SQLException {
        databaseBack();
        server.close();
    }

    @Test
    void duringAnOutageRoomsRunExpelsAndEndsTakeEffectAndAreStoredAfterwards() throws Exception {
        String meeting = server.liveMeeting();
        Joined host = server.join(meeting, "Hana", true);
        Joined ann = server.join(meeting, "Ann", false);
        Joined bob = server.join(meeting, "Bob", false);
        Joined mal = server.joinAs(meeting, "account:mallory", "Mal", false);

        databaseOut();
        long started = System.nanoTime();
        host.client().send(new Expel(mal.id()));
        mal.client().await(Expelled.class);
        assertThat(ann.client().await(ParticipantLeft.class).reason()).isEqualTo(LeaveReason.EXPELLED);
        ann.client().send(new Offer(null, bob.id(), "v=0 during the outage"));
        assertThat(bob.client().await(Offer.class).sdp()).isEqualTo("v=0 during the outage");
        assertThat(elapsed(started)).isLessThan(PROMPT);

        long refused = System.nanoTime();
        assertThat(server.refusal(meeting, "ticket=" + server.ticket(meeting, "account:mallory", "Mal", false)))
                .isEqualTo(403);
        assertThat(server.refusal(meeting, "ticket=" + server.ticket(meeting, "guest:new", "New", false)))
                .isEqualTo(503);
        assertThat(elapsed(refused)).isLessThan(PROMPT);

        host.client().send(new Leave("done"));
        assertThat(ann.client().await(MeetingEnded.class).reason()).isEqualTo(EndReason.HOST_LEFT);
        assertThat(elapsed(started)).isLessThan(PROMPT.multipliedBy(2));

        databaseBack();
        HostRulesTest.awaitTrue(() -> "ENDED".equals(storedState(meeting)));
        HostRulesTest.awaitTrue(() -> server.banned(meeting, "account:mallory"));
        TestServer.Reply view = server.base.get("/api/meetings/" + meeting, null);
        assertThat(view.tree(server.base.json).get("state").asText()).isEqualTo("ENDED");
    }

    private void databaseOut() throws SQLException {
        int pool = server.base.coms.settings().db().poolSize();
        for (int i = 0; i < pool; i++) {
            held.add(server.coms.database().connection());
        }
    }

    private void databaseBack() throws SQLException {
        for (Connection c : held) {
            c.close();
        }
        held.clear();
    }

    private String storedState(String meeting) {
        try (Connection c = server.coms.database().connection();
                PreparedStatement s = c.prepareStatement("SELECT state FROM meetings WHERE id = ?")) {
            s.setString(1, meeting);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Duration elapsed(long since) {
        return Duration.ofNanos(System.nanoTime() - since);
    }
}
