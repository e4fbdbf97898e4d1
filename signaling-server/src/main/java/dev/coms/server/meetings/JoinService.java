package dev.coms.server.meetings;

import dev.coms.protocol.rest.JoinRequest;
import dev.coms.server.accounts.Account;
import dev.coms.server.accounts.Accounts;
import dev.coms.server.http.ApiException;
import dev.coms.server.http.JsonIo;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/**
 * {@code POST /api/meetings/{id}/join}: a signed-in host (bearer) or a guest asks for a single-use join ticket. A
 * bearer token that is present must be valid (401 otherwise); without one the body must name a guest.
 */
public final class JoinService implements HttpService {

    private final JoinAuthorizer authorizer;
    private final Accounts accounts;
    private final JsonIo json;

    public JoinService(JoinAuthorizer authorizer, Accounts accounts, JsonIo json) {
        this.authorizer = authorizer;
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/join", (req, res) -> {
            JoinRequest body = json.read(req, JoinRequest.class);
            Account account = null;
            if (Accounts.hasCredentials(req)) {
                account = accounts.authenticate(req)
                        .orElseThrow(() -> ApiException.unauthorized(
                                "Your sign-in has expired; sign in again or join as a guest."));
            }
            var caller = new JoinAuthorizer.Caller(account, body.guest(), Accounts.sourceAddress(req));
            json.ok(res, authorizer.join(MeetingsService.id(req), body, caller));
        });
    }
}
