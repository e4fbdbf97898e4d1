package dev.coms.server.accounts;

import dev.coms.protocol.rest.SignInRequest;
import dev.coms.server.http.JsonIo;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** {@code /api/sessions}: sign in, sign out here, sign out everywhere. */
public final class SessionsService implements HttpService {

    private final Accounts accounts;
    private final JsonIo json;

    public SessionsService(Accounts accounts, JsonIo json) {
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(
                        "/",
                        (req, res) -> json.ok(
                                res, accounts.signIn(json.read(req, SignInRequest.class), Accounts.sourceAddress(req))))
                .delete("/current", (req, res) -> {
                    accounts.signOut(req);
                    res.status(Status.NO_CONTENT_204).send();
                })
                .delete("/", (req, res) -> {
                    accounts.signOutEverywhere(req);
                    res.status(Status.NO_CONTENT_204).send();
                });
    }
}
