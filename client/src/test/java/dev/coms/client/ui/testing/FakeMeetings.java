package dev.coms.client.ui.testing;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.ChangePasswordRequest;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.Invitation;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import dev.coms.protocol.rest.PasswordReset;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.ServerCapabilities;
import dev.coms.protocol.rest.ServerTime;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A server stand-in for ViewModel tests: answers from what the test put in, records what was sent, and fails with
 * the {@link ComsApiException} the test chose.
 */
public final class FakeMeetings implements MeetingsPort {

    public final Map<String, MeetingView> meetings = new HashMap<>();
    public final List<HostMeetingView> mine = new ArrayList<>();
    public final List<Object> sent = new ArrayList<>();
    public ComsApiException failure;
    public ServerCapabilities capabilities = new ServerCapabilities(true, true, true);
    public byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes();
    public SessionView session;
    public String token;
    public Consumer<OpenMeetingsUpdate> openFeed;
    public Runnable openLost;
    public int watches;
    public Runnable tokenRejected = () -> {};
    private final URI server;
    private final Clock clock;

    public FakeMeetings(URI server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    private void maybeFail() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public URI server() {
        return server;
    }

    @Override
    public Clock serverClock() {
        return clock;
    }

    @Override
    public void useToken(String t) {
        token = t;
    }

    @Override
    public void onTokenRejected(Runnable callback) {
        tokenRejected = callback;
    }

    @Override
    public ServerTime serverTime() {
        return new ServerTime(clock.instant());
    }

    @Override
    public SessionView register(RegisterRequest request) {
        sent.add(request);
        maybeFail();
        return session;
    }

    @Override
    public SessionView signIn(SignInRequest request) {
        sent.add(request);
        maybeFail();
        return session;
    }

    @Override
    public void signOut() {
        sent.add("signOut");
    }

    @Override
    public void signOutEverywhere() {
        sent.add("signOutEverywhere");
        maybeFail();
    }

    @Override
    public void changePassword(ChangePasswordRequest request) {
        sent.add(request);
        maybeFail();
    }

    @Override
    public void requestPasswordReset(PasswordReset.Request request) {
        sent.add(request);
        maybeFail();
    }

    @Override
    public SessionView confirmPasswordReset(PasswordReset.Confirm request) {
        sent.add(request);
        maybeFail();
        return session;
    }

    @Override
    public ServerCapabilities capabilities() {
        maybeFail();
        return capabilities;
    }

    @Override
    public MeetingView meeting(String meetingId) {
        maybeFail();
        MeetingView view = meetings.get(meetingId);
        if (view == null) {
            throw new ComsApiException(ApiErrorCode.NOT_FOUND, 404, "No such meeting.", null);
        }
        return view;
    }

    @Override
    public OpenMeetingsUpdate openMeetings() {
        maybeFail();
        return new OpenMeetingsUpdate(List.of(), clock.instant());
    }

    @Override
    public List<HostMeetingView> myMeetings() {
        maybeFail();
        return List.copyOf(mine);
    }

    @Override
    public HostMeetingView schedule(ScheduleMeetingRequest request) {
        sent.add(request);
        maybeFail();
        return mine.getFirst();
    }

    @Override
    public HostMeetingView startOpenMeeting(StartOpenMeetingRequest request) {
        sent.add(request);
        maybeFail();
        return mine.getFirst();
    }

    @Override
    public HostMeetingView cancel(String meetingId) {
        sent.add("cancel " + meetingId);
        maybeFail();
        return mine.stream()
                .filter(h -> h.meeting().id().equals(meetingId))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public HostMeetingView reschedule(String meetingId, ScheduleMeetingRequest request) {
        sent.add(request);
        maybeFail();
        return mine.stream()
                .filter(h -> h.meeting().id().equals(meetingId))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public byte[] calendar(String meetingId) {
        sent.add("calendar " + meetingId);
        maybeFail();
        return calendar;
    }

    @Override
    public JoinTicket join(String meetingId, JoinRequest request) {
        sent.add(request);
        maybeFail();
        return new JoinTicket(meetingId, "ticket-1", clock.instant().plusSeconds(60), "/ws/rooms/" + meetingId);
    }

    @Override
    public void sendInvitation(String meetingId, Invitation invitation) {
        sent.add(invitation);
        maybeFail();
    }

    @Override
    public AutoCloseable watchOpenMeetings(Consumer<OpenMeetingsUpdate> onUpdate, Runnable onLost) {
        watches++;
        openFeed = onUpdate;
        openLost = onLost;
        return () -> openFeed = null;
    }
}
