package dev.coms.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.AccountView;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsApiTest {

    static final TestServer SERVER = new TestServer();
    static final String PASSWORD = "correct horse battery";

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void resetClock() {
        SERVER.clock.set(TestServer.START);
    }

    private static String newEmail() {
        return "host-" + UUID.randomUUID() + "@example.org";
    }

    private static SessionView register(String email) {
        Reply reply = SERVER.post("/api/accounts", new RegisterRequest(email, "Ada Host", PASSWORD), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return SERVER.read(reply, SessionView.class);
    }

    @Test
    void registeringSignsInAndTheTokenShowsTheAccount() {
        String email = newEmail();
        SessionView session = register(email);
        assertThat(session.expiresAt()).isEqualTo(TestServer.START.plus(Duration.ofDays(30)));
        Reply me = SERVER.get("/api/accounts/me", session.token());
        assertThat(me.status()).isEqualTo(200);
        assertThat(SERVER.read(me, AccountView.class))
                .isEqualTo(new AccountView(session.account().id(), email, "Ada Host"));
    }

    @Test
    void registrationReportsEveryInvalidField() {
        Reply reply = SERVER.post("/api/accounts", new RegisterRequest("not-an-email", " ", "short"), null);
        assertThat(reply.status()).isEqualTo(400);
        var fields = reply.tree(SERVER.json).get("fields").findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("email", "displayName", "password");
    }

    @Test
    void anEmailCanOnlyBeRegisteredOnceRegardlessOfCase() {
        String email = newEmail();
        register(email);
        Reply again = SERVER.post("/api/accounts", new RegisterRequest(email.toUpperCase(), "Other", PASSWORD), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("\"code\":\"email_taken\"");
    }

    @Test
    void signInWithTheRightPasswordGivesANewWorkingToken() {
        String email = newEmail();
        register(email);
        Reply reply = SERVER.post("/api/sessions", new SignInRequest(email, PASSWORD), null);
        assertThat(reply.status()).isEqualTo(200);
        String token = SERVER.read(reply, SessionView.class).token();
        assertThat(SERVER.get("/api/accounts/me", token).status()).isEqualTo(200);
    }

    @Test
    void signOutRevokesTheToken() {
        SessionView session = register(newEmail());
        assertThat(SERVER.delete("/api/sessions/current", session.token()).status())
                .isEqualTo(204);
        Reply after = SERVER.get("/api/accounts/me", session.token());
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.body()).contains("\"code\":\"unauthorized\"");
    }

    @Test
    void sessionsExpireAfterThirtyDays() {
        SessionView session = register(newEmail());
        SERVER.clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(SERVER.get("/api/accounts/me", session.token()).status()).isEqualTo(200);
        SERVER.clock.advance(Duration.ofSeconds(1));
        assertThat(SERVER.get("/api/accounts/me", session.token()).status()).isEqualTo(401);
    }

    @Test
    void hostOnlyRequestsWithoutOrWithABadTokenAre401() {
        assertThat(SERVER.get("/api/accounts/me", null).status()).isEqualTo(401);
        assertThat(SERVER.get("/api/accounts/me", "made-up-token").status()).isEqualTo(401);
        assertThat(SERVER.get("/api/meetings/mine", null).status()).isEqualTo(401);
        assertThat(SERVER.delete("/api/sessions/current", null).status()).isEqualTo(401);
    }

    @Test
    void malformedBodiesGetAClearErrorAndNoStackTrace() {
        Reply notJson = SERVER.postRaw("/api/sessions", "{\"email\": ", null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body())
                .contains("\"code\":\"bad_json\"")
                .doesNotContain("Exception")
                .doesNotContain("at ");

        Reply empty = SERVER.postRaw("/api/accounts", "", null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("bad_json");

        Reply array = SERVER.postRaw("/api/accounts", "[1,2]", null);
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.body()).contains("bad_json");

        Reply wrongType = SERVER.postRaw("/api/accounts", "{\"email\": {\"nested\": true}}", null);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.tree(SERVER.json).get("fields").get(0).get("field").asText())
                .isEqualTo("email");
    }

    @Test
    void unknownFieldsAreIgnored() {
        String body = "{\"email\":\"" + newEmail() + "\",\"displayName\":\"Ada\",\"password\":\"" + PASSWORD
                + "\",\"favouriteColour\":\"green\"}";
        assertThat(SERVER.postRaw("/api/accounts", body, null).status()).isEqualTo(201);
    }

    @Test
    void bodiesOver64KiBAreRefused() {
        String huge = "{\"email\":\"" + "a".repeat(70 * 1024) + "\"}";
        Reply reply = SERVER.postRaw("/api/sessions", huge, null);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body()).contains("too_large").doesNotContain("Exception");
    }
}
