package dev.coms.server.accounts;

import dev.coms.protocol.rest.PasswordReset;
import dev.coms.server.http.JsonIo;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** {@code /api/password-resets}: mail a reset code, set a new password with it. */
public final class PasswordResetsService implements HttpService {

    private final PasswordResets resets;
    private final JsonIo json;

    public PasswordResetsService(PasswordResets resets, JsonIo json) {
        this.resets = resets;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", (req, res) -> {
                    resets.request(json.read(req, PasswordReset.Request.class), Accounts.sourceAddress(req));
                    res.status(Status.ACCEPTED_202).send();
                })
                .post(
                        "/confirm",
                        (req, res) -> json.ok(res, resets.confirm(json.read(req, PasswordReset.Confirm.class))));
    }
}
