package dev.coms.client.signaling;

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
import java.util.List;
import java.util.function.Consumer;

/**
 * What the user interface needs from one Coms server (see docs/protocol.md). Every method blocks: call it off the
 * FX thread. Every failure is a {@link ComsApiException} whose message a user can read.
 */
public interface MeetingsPort {

    /** The server's base address. */
    URI server();

    /** The device clock corrected by the server's clock, updated by every reply. */
    Clock serverClock();

    /** Sends {@code Authorization: Bearer token} on later requests; null for a guest. */
    void useToken(String token);

    /**
     * Called (on a network thread) whenever the server refuses the bearer token with {@code 401}: the session has
     * expired or was revoked.
     */
    void onTokenRejected(Runnable callback);

    ServerTime serverTime();

    SessionView register(RegisterRequest request);

    SessionView signIn(SignInRequest request);

    /** Revokes the current token on the server. */
    void signOut();

    /** Signs out every session of the account, this one included. */
    void signOutEverywhere();

    /** Sets a new password; the server revokes every other session. */
    void changePassword(ChangePasswordRequest request);

    /** Asks the server to mail a reset code (the answer never tells whether the email has an account). */
    void requestPasswordReset(PasswordReset.Request request);

    /** Sets a new password with the mailed code and signs in. */
    SessionView confirmPasswordReset(PasswordReset.Confirm request);

    /** What this server can deliver (email, SMS, password resets). */
    ServerCapabilities capabilities();

    MeetingView meeting(String meetingId);

    OpenMeetingsUpdate openMeetings();

    List<HostMeetingView> myMeetings();

    HostMeetingView schedule(ScheduleMeetingRequest request);

    HostMeetingView startOpenMeeting(StartOpenMeetingRequest request);

    HostMeetingView cancel(String meetingId);

    /** Moves a meeting that has not started; its id, links and passcode stay. */
    HostMeetingView reschedule(String meetingId, ScheduleMeetingRequest request);

    /** The meeting as an iCalendar file; with the host's token it carries the invitation link and passcode. */
    byte[] calendar(String meetingId);

    JoinTicket join(String meetingId, JoinRequest request);

    void sendInvitation(String meetingId, Invitation invitation);

    /**
     * Follows the open-meetings list. {@code onUpdate} is called on a network thread for the first list and every
     * change; {@code onLost} once if the connection drops. Closing the handle stops it.
     */
    AutoCloseable watchOpenMeetings(Consumer<OpenMeetingsUpdate> onUpdate, Runnable onLost);
}
