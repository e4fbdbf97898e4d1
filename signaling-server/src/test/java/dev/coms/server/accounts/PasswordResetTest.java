package dev.coms.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.PasswordReset;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import dev.coms.server.testing.TinySmtpServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A forgotten password, reset with a code that really goes out over SMTP. */
class PasswordResetTest {

    static final Pattern CODE = Pattern.compile("Your code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    TinySmtpServer smtp;
    TestServer server;
    SessionView ada;

    @BeforeEach
    void start() {
        smtp = new TinySmtpServer();
        server = new TestServer(
                new InvitesSettings("127.0.0.1", smtp.port(), "", "", "coms@example.org", false, "", "", 50));
        ada = server.newHost("Ada");
    }

    @AfterEach
    void stop() {
        server.close();
        smtp.close();
    }

    private String mailedCode() throws InterruptedException {
        TinySmtpServer.Received mail = smtp.received().poll(10, TimeUnit.SECONDS);
        assertThat(mail).as("a reset mail").isNotNull();
        assertThat(mail.recipients()).containsExactly(ada.account().email());
        Matcher m = CODE.matcher(mail.data());
        assertThat(m.find()).as(mail.data()).isTrue();
        return m.group(1);
    }

    @Test
    void aMailedCodeSetsANewPasswordAndSignsOutEverywhere() throws Exception {
        String email = ada.account().email();
        assertThat(server.post("/api/password-resets", new PasswordReset.Request(email.toUpperCase()), null)
                        .status())
                .isEqualTo(202);
        String code = mailedCode();

        Reply wrong = server.post(
                "/api/password-resets/confirm",
                new PasswordReset.Confirm(email, "AAAA-BBBB-CCCC", "tulip-orbit-42"),
                null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"code\"");

        Reply done = server.post(
                "/api/password-resets/confirm",
                new PasswordReset.Confirm(email, code.toLowerCase().replace("-", " "), "tulip-orbit-42"),
                null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        String fresh = server.read(done, SessionView.class).token();
        assertThat(server.get("/api/accounts/me", fresh).status()).isEqualTo(200);
        assertThat(server.get("/api/accounts/me", ada.token()).status())
                .as("old sessions")
                .isEqualTo(401);
        assertThat(server.post("/api/sessions", new SignInRequest(email, "tulip-orbit-42"), null)
                        .status())
                .isEqualTo(200);

        Reply again = server.post(
                "/api/password-resets/confirm", new PasswordReset.Confirm(email, code, "another-fine-pass"), null);
        assertThat(again.status()).as("a code works once").isEqualTo(400);
    }

    @Test
    void theAnswerNeverTellsWhetherAnEmailHasAnAccount() throws Exception {
        Reply unknown = server.post("/api/password-resets", new PasswordReset.Request("nobody@example.org"), null);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(smtp.received().poll(500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aCodeExpiresAndCannotBeGuessed() throws Exception {
        String email = ada.account().email();
        server.post("/api/password-resets", new PasswordReset.Request(email), null);
        String code = mailedCode();
        for (int i = 0; i < PasswordResets.MAX_TRIES; i++) {
            server.post(
                    "/api/password-resets/confirm",
                    new PasswordReset.Confirm(email, "AAAA-AAAA-AAA" + i, "tulip-orbit-42"),
                    null);
        }
        assertThat(server.post(
                                "/api/password-resets/confirm",
                                new PasswordReset.Confirm(email, code, "tulip-orbit-42"),
                                null)
                        .status())
                .as("void after the wrong tries")
                .isEqualTo(400);

        server.post("/api/password-resets", new PasswordReset.Request(email), null);
        String second = mailedCode();
        server.clock.advance(Duration.ofMinutes(PasswordResets.VALID_MINUTES));
        assertThat(server.post(
                                "/api/password-resets/confirm",
                                new PasswordReset.Confirm(email, second, "tulip-orbit-42"),
                                null)
                        .status())
                .as("expired")
                .isEqualTo(400);
    }

    @Test
    void withoutMailTheServerSaysResetsAreNotAvailable() {
        try (TestServer plain = new TestServer()) {
            Reply reply = plain.post("/api/password-resets", new PasswordReset.Request("a@example.org"), null);
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.body()).contains("not_configured");
        }
    }
}
