package dev.coms.server.invites;

import dev.coms.protocol.rest.ServerCapabilities;
import dev.coms.server.http.JsonIo;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** {@code /api/capabilities}: which invitation channels this server can deliver. */
public final class CapabilitiesService implements HttpService {

    private final ServerCapabilities capabilities;
    private final JsonIo json;

    public CapabilitiesService(InvitesSettings invites, JsonIo json) {
        this.capabilities =
                new ServerCapabilities(invites.emailEnabled(), invites.smsEnabled(), invites.emailEnabled());
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> json.ok(res, capabilities));
    }
}
