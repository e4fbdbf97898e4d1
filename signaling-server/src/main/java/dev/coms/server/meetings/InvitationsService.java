package dev.coms.server.meetings;

import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.Invitation;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.accounts.Account;
import dev.coms.server.accounts.Accounts;
import dev.coms.server.http.ApiException;
import dev.coms.server.http.JsonIo;
import dev.coms.server.invites.Invitations;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** {@code POST /api/meetings/{id}/invitations}: the host has the server send an invitation by email or SMS. */
public final class InvitationsService implements HttpService {

    private final Meetings meetings;
    private final Accounts accounts;
    private final Invitations invitations;
    private final JsonIo json;

    public InvitationsService(Meetings meetings, Accounts accounts, Invitations invitations, JsonIo json) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.invitations = invitations;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{id}/invitations", (req, res) -> {
            Account host = accounts.require(req);
            Meeting m = meetings.require(MeetingsService.id(req));
            if (!m.hostAccountId().equals(host.id())) {
                throw ApiException.forbidden(
                        ApiErrorCode.NOT_HOST, "Only the host can send invitations to this meeting.");
            }
            MeetingView view = meetings.views().view(m);
            if (!meetings.views().isActive(view)) {
                throw ApiException.conflict(ApiErrorCode.MEETING_OVER, "This meeting is over; schedule a new one.");
            }
            invitations.send(host.id(), view, json.read(req, Invitation.class));
            res.status(Status.NO_CONTENT_204).send();
        });
    }
}
