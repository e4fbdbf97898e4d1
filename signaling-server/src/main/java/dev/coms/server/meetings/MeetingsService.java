package dev.coms.server.meetings;

import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.accounts.Accounts;
import dev.coms.server.http.JsonIo;
import dev.coms.server.invites.CalendarInvite;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** {@code /api/meetings}: schedule, start now, my meetings, reschedule, cancel, public view, calendar file, open meetings. */
public final class MeetingsService implements HttpService {

    private final Meetings meetings;
    private final Accounts accounts;
    private final JsonIo json;
    private final Clock clock;

    public MeetingsService(Meetings meetings, Accounts accounts, JsonIo json, Clock clock) {
        this.meetings = meetings;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(
                        "/",
                        (req, res) -> json.send(
                                res,
                                Status.CREATED_201,
                                meetings.schedule(accounts.require(req), json.read(req, ScheduleMeetingRequest.class))))
                .post(
                        "/open-now",
                        (req, res) -> json.send(
                                res,
                                Status.CREATED_201,
                                meetings.startNow(
                                        accounts.require(req), json.read(req, StartOpenMeetingRequest.class))))
                .get("/mine", (req, res) -> json.ok(res, meetings.mine(accounts.require(req))))
                .get("/open", (req, res) -> json.ok(res, meetings.openMeetings()))
                .get("/{id}", (req, res) -> json.ok(res, meetings.views().view(meetings.require(id(req)))))
                .put(
                        "/{id}",
                        (req, res) -> json.ok(
                                res,
                                meetings.reschedule(
                                        accounts.require(req), id(req), json.read(req, ScheduleMeetingRequest.class))))
                .post("/{id}/cancel", (req, res) -> json.ok(res, meetings.cancel(accounts.require(req), id(req))))
                .get("/{id}/calendar.ics", this::calendar);
    }

    /**
     * The meeting as a calendar file. Its host (signed in) gets the invitation link with the passcode in the
     * description; anyone else the public link only.
     */
    private void calendar(ServerRequest req, ServerResponse res) {
        Meeting m = meetings.require(id(req));
        HostMeetingView asHost = accounts.authenticate(req)
                .filter(a -> a.id().equals(m.hostAccountId()))
                .map(a -> meetings.views().hostView(m))
                .orElse(null);
        MeetingView view = meetings.views().view(m);
        String link = asHost != null ? asHost.inviteLink() : view.link();
        String description = (view.topic() == null || view.topic().isBlank() ? "" : view.topic() + "\n\n") + "Join: "
                + link + (asHost != null && asHost.passcode() != null ? "\nPasscode: " + asHost.passcode() : "");
        res.header(HeaderNames.CONTENT_TYPE, "text/calendar; charset=utf-8");
        res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + m.id() + ".ics\"");
        res.send(CalendarInvite.of(view, description, clock.instant()).getBytes(StandardCharsets.UTF_8));
    }

    static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
