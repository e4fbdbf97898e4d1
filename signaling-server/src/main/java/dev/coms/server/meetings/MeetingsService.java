package dev.coms.server.meetings;

import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.accounts.Accounts;
import dev.coms.server.http.JsonIo;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;

/** {@code /api/meetings}: schedule, start now, my meetings, cancel, public view, open meetings. */
public final class MeetingsService implements HttpService {

    private final Meetings meetings;
    private final Accounts accounts;
    private final JsonIo json;

    public MeetingsService(Meetings meetings, Accounts accounts, JsonIo json) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", (req, res) -> json.send(res, Status.CREATED_201,
                        meetings.schedule(accounts.require(req), json.read(req, ScheduleMeetingRequest.class))))
                .post("/open-now", (req, res) -> json.send(res, Status.CREATED_201,
                        meetings.startNow(accounts.require(req), json.read(req, StartOpenMeetingRequest.class))))
                .get("/mine", (req, res) -> json.ok(res, meetings.mine(accounts.require(req))))
                .get("/open", (req, res) -> json.ok(res, meetings.openMeetings()))
                .get("/{id}", (req, res) -> json.ok(res, meetings.views().view(meetings.require(id(req)))))
                .post("/{id}/cancel", (req, res) -> json.ok(res, meetings.cancel(accounts.require(req), id(req))));
    }

    static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
