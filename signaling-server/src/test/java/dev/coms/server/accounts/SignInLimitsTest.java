package dev.coms.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.ChangePasswordRequest;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in limits that protect the owner instead of excluding them, sessions, passwords. One fresh server per test. */
class SignInLimitsTest {

    static final String PASSWORD = "correct horse battery";
    static final String STRANGER = "127.0.0.2";

    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String register(String name) {
        String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        Reply reply = server.post("/api/accounts", new RegisterRequest(email, name, PASSWORD), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return email;
    }

    private Reply signIn(String email, String password) {
        return server.post("/api/sessions", new SignInRequest(email, password), null);
    }

    @Test
    void aStrangersWrongPasswordsLockOutTheStrangerAndOnlyDelayTheOwner() {
        String email = register("Ada");
        for (int i = 0; i < 5; i++) {
            assertThat(server.postFrom(STRANGER, "/api/sessions", new SignInRequest(email, "guess number " + i), null)
                            .status())
                    .isEqualTo(401);
        }
        Reply strangerAgain = server.postFrom(STRANGER, "/api/sessions", new SignInRequest(email, PASSWORD), null);
        assertThat(strangerAgain.status()).isEqualTo(429);
        assertThat(Instant.parse(strangerAgain.tree(server.json).get("until").asText()))
                .isEqualTo(TestServer.START.plus(Duration.ofMinutes(15)));
        assertThat(strangerAgain.raw().headers().firstValue("Retry-After")).isPresent();

        Reply owner = signIn(email, PASSWORD);
        assertThat(owner.status()).isEqualTo(429);
        assertThat(owner.body()).contains("try again in 1 seconds");
        server.clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void rightPasswordsAreLimitedPerAccountToo() {
        String email = register("Bea");
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(email, PASSWORD).status()).isEqualTo(200);
        }
        Reply eleventh = signIn(email, PASSWORD);
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.body()).contains("\"code\":\"rate_limited\"").contains("15 minutes");
    }

    @Test
    void anAccountKeepsAtMostTenSessionsAndTheOldestGoesFirst() {
        String email = register("Cai");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            server.clock.advance(Duration.ofSeconds(1));
            tokens.add(server.read(signIn(email, PASSWORD), SessionView.class).token());
        }
        server.clock.advance(Duration.ofMinutes(16));
        tokens.add(server.read(signIn(email, PASSWORD), SessionView.class).token());
        assertThat(server.get("/api/accounts/me", tokens.getFirst()).status()).isEqualTo(401);
        assertThat(tokens.subList(1, 11))
                .allSatisfy(t ->
                        assertThat(server.get("/api/accounts/me", t).status()).isEqualTo(200));
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        String email = "dee-" + UUID.randomUUID() + "@example.org";
        for (String weak : List.of("aaaaaaaaaa", "1234567890", "password1", email, "Dee Dee Dee", "short")) {
            Reply reply = server.post("/api/accounts", new RegisterRequest(email, "Dee Dee Dee", weak), null);
            assertThat(reply.status()).as(weak).isEqualTo(400);
            assertThat(reply.tree(server.json).get("fields").get(0).get("field").asText())
                    .isEqualTo("password");
        }
        assertThat(server.post("/api/accounts", new RegisterRequest(email, "Dee", "tulip-orbit"), null)
                        .status())
                .as("eight characters or more that are nobody's favourite")
                .isEqualTo(201);
    }

    @Test
    void changingThePasswordSignsOutEveryOtherSession() {
        String email = register("Eve");
        String here = server.read(signIn(email, PASSWORD), SessionView.class).token();
        String elsewhere =
                server.read(signIn(email, PASSWORD), SessionView.class).token();

        Reply wrongCurrent = server.post(
                "/api/accounts/me/password", new ChangePasswordRequest("not it at all", "tulip-orbit-42"), here);
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("currentPassword");
        Reply weak = server.post("/api/accounts/me/password", new ChangePasswordRequest(PASSWORD, "qwerty123"), here);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("newPassword");

        assertThat(server.post("/api/accounts/me/password", new ChangePasswordRequest(PASSWORD, "tulip-orbit-42"), here)
                        .status())
                .isEqualTo(204);
        assertThat(server.get("/api/accounts/me", here).status()).isEqualTo(200);
        assertThat(server.get("/api/accounts/me", elsewhere).status()).isEqualTo(401);
        assertThat(signIn(email, PASSWORD).status()).isEqualTo(401);
        assertThat(signIn(email, "tulip-orbit-42").status()).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereRevokesEverySession() {
        String email = register("Fay");
        String one = server.read(signIn(email, PASSWORD), SessionView.class).token();
        String two = server.read(signIn(email, PASSWORD), SessionView.class).token();
        assertThat(server.delete("/api/sessions", one).status()).isEqualTo(204);
        assertThat(server.get("/api/accounts/me", one).status()).isEqualTo(401);
        assertThat(server.get("/api/accounts/me", two).status()).isEqualTo(401);
    }

    @Test
    void aBurstOfSignInsIsShedWith503WhileOtherRequestsAreServed() throws Exception {
        server.close();
        AccountsSettings d = AccountsSettings.defaults();
        server = TestServer.withAccounts(new AccountsSettings(
                200_000, d.sessionLifetime(), 1000, 5, 1000, 1000, d.failureWindow(), d.lockout(), 1, 1));
        String email = register("Gus");
        List<Callable<Reply>> burst = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            burst.add(() -> signIn(email, PASSWORD));
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Reply>> replies = pool.invokeAll(burst);
            assertThat(server.get("/api/time", null).status()).isEqualTo(200);
            for (Future<Reply> f : replies) {
                Reply r = f.get();
                statuses.add(r.status());
                if (r.status() == 503) {
                    assertThat(r.body()).contains("\"code\":\"busy\"");
                    assertThat(r.raw().headers().firstValue("Retry-After")).contains("2");
                }
            }
        }
        assertThat(statuses).containsOnly(200, 503).contains(200, 503);
    }
}
