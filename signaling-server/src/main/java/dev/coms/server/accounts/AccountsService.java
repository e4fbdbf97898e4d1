package dev.coms.server.accounts;

import dev.coms.protocol.rest.ChangePasswordRequest;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.server.http.JsonIo;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** {@code /api/accounts}: register a host account, read one's own account, change its password. */
public final class AccountsService implements HttpService {

    private final Accounts accounts;
    private final JsonIo json;

    public AccountsService(Accounts accounts, JsonIo json) {
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(
                        "/",
                        (req, res) -> json.send(
                                res,
                                Status.CREATED_201,
                                accounts.register(json.read(req, RegisterRequest.class), Accounts.sourceAddress(req))))
                .get("/me", (req, res) -> json.ok(res, accounts.require(req).view()))
                .post("/me/password", (req, res) -> {
                    accounts.changePassword(req, json.read(req, ChangePasswordRequest.class));
                    res.status(Status.NO_CONTENT_204).send();
                });
    }
}
