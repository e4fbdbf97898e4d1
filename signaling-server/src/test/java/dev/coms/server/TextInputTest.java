package dev.coms.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What people type is stored as they meant it, and nothing that could break another's screen gets in. */
class TextInputTest {

    static final TestServer SERVER = new TestServer();
    static final SessionView HOST = SERVER.newHost("Hana Host");

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    private static Reply startNow(String title, String topic) {
        return SERVER.post("/api/meetings/open-now", new StartOpenMeetingRequest(topic, title, null), HOST.token());
    }

    private static String field(Reply reply) {
        return reply.tree(SERVER.json).get("fields").get(0).get("field").asText();
    }

    @Test
    void controlAndDirectionCharactersAreRefusedWithAFieldError() {
        for (String bad : List.of("Nul\u0000here", "Two\r\nlines", "Ding\u0007", "evil\u202Egnp.exe", "iso\u2066x")) {
            Reply reply = startNow(bad, "A topic");
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(field(reply)).isEqualTo("title");
            assertThat(startNow("Fine", bad).status()).as("topic " + bad).isEqualTo(400);
        }
        Reply name = SERVER.post(
                "/api/accounts", new RegisterRequest("nul@example.org", "Ada\u0000", "correct horse battery"), null);
        assertThat(name.status()).isEqualTo(400);
        assertThat(field(name)).isEqualTo("displayName");
        Reply email = SERVER.post(
                "/api/accounts", new RegisterRequest("n\u0000l@example.org", "Ada", "correct horse battery"), null);
        assertThat(email.status()).isEqualTo(400);
        assertThat(SERVER.post("/api/sessions", new SignInRequest("n\u0000l@example.org", "whatever it is"), null)
                        .status())
                .as("never reaches the database")
                .isEqualTo(401);
    }

    @Test
    void invisibleOnlyTextIsBlank() {
        Reply reply = startNow("\u200B\u200B\u2060", "A topic");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(field(reply)).isEqualTo("title");
    }

    @Test
    void lengthsCountCharactersAsPeopleDo() {
        String emoji = "\uD83C\uDF89".repeat(41); // 41 party poppers: 82 UTF-16 units, 41 characters
        Reply reply = startNow(emoji, "Celebration");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(SERVER.read(reply, HostMeetingView.class).meeting().title()).isEqualTo(emoji);
        assertThat(startNow("x".repeat(81), "Too long").status()).isEqualTo(400);
    }

    @Test
    void textIsStoredInComposedForm() {
        String decomposed = "Cafe\u0301 talk"; // e + combining acute
        Reply reply = startNow(decomposed, "Coffee");
        assertThat(SERVER.read(reply, HostMeetingView.class).meeting().title()).isEqualTo("Caf\u00E9 talk");
    }

    @Test
    void aGuestCannotAppearUnderTheHostsName() {
        HostMeetingView live = SERVER.read(startNow("Open door", "Anyone"), HostMeetingView.class);
        for (String name : List.of("Hana Host", "hana  host", " HANA HOST ")) {
            Reply reply = SERVER.post(
                    "/api/meetings/" + live.meeting().id() + "/join",
                    new JoinRequest(null, new GuestIdentity(name, "device-impostor")),
                    null);
            assertThat(reply.status()).as(name).isEqualTo(400);
            assertThat(field(reply)).isEqualTo("guest.displayName");
        }
        Reply other = SERVER.post(
                "/api/meetings/" + live.meeting().id() + "/join",
                new JoinRequest(null, new GuestIdentity("Hana Guest", "device-honest")),
                null);
        assertThat(other.status()).isEqualTo(200);
    }
}
