package dev.coms.server.meetings;

import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiError.FieldError;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.server.accounts.Account;
import dev.coms.server.http.ApiException;
import dev.coms.server.http.TextFields;
import dev.coms.server.rooms.BanKeys;
import dev.coms.server.rooms.RoomPresence;
import dev.coms.server.security.FailureLimiter;
import dev.coms.server.security.GuessLimits;
import dev.coms.server.tickets.Grant;
import dev.coms.server.tickets.TicketRegistry;
import io.helidon.http.Status;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides who may enter a meeting and issues single-use join tickets: the meeting must be live, the caller not
 * banned, the room not locked, and for private meetings the passcode right. Wrong passcodes slow down only those
 * who made them (per meeting and address, per meeting, per address; see {@link GuessLimits}). Thread-safe.
 */
public final class JoinAuthorizer {

    private static final System.Logger log = System.getLogger(JoinAuthorizer.class.getName());
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final int MAX_GUEST_NAME = 60;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm");

    private final Meetings meetings;
    private final TicketRegistry tickets;
    private final RoomPresence presence;
    private final GuessLimits passcodeLimits;
    private final Clock clock;
    private final Duration hostEarly;

    public JoinAuthorizer(
            Meetings meetings, TicketRegistry tickets, RoomPresence presence, MeetingsSettings settings, Clock clock) {
        this.meetings = meetings;
        this.tickets = tickets;
        this.presence = presence;
        this.clock = clock;
        var byAddress =
                new FailureLimiter(clock, settings.maxPasscodeFailures(), settings.failureWindow(), settings.lockout());
        this.passcodeLimits = new GuessLimits(
                clock,
                byAddress,
                settings.maxPasscodeFailures(),
                settings.maxPasscodeFailuresPerMeeting(),
                settings.failureWindow(),
                settings.lockout());
        this.hostEarly = settings.hostEarly();
    }

    /** Who is asking: a signed-in account, or else a guest. */
    public record Caller(Account account, GuestIdentity guest, String address) {}

    /** Checks every rule and issues a ticket, or throws the reply that says why not. */
    public JoinTicket join(String meetingId, JoinRequest request, Caller caller) {
        Meeting m = meetings.require(meetingId);
        Grant grant = grant(m, caller);
        checkState(m, grant.host());
        if (!grant.host()) {
            for (String key : BanKeys.hard(grant)) {
                if (presence.isBanned(m.id(), key) || meetings.isBanned(m.id(), key)) {
                    throw ApiException.forbidden(ApiErrorCode.BANNED, "The host removed you from this meeting.");
                }
            }
            if (presence.isLocked(m.id())) {
                throw ApiException.forbidden(
                        ApiErrorCode.MEETING_LOCKED, "The host locked this meeting; no one new can join.");
            }
        }
        if (m.isPrivate() && !grant.host()) {
            checkPasscode(m, request.passcode(), caller.address());
        }
        TicketRegistry.Issued issued = tickets.issue(grant);
        return new JoinTicket(m.id(), issued.ticket(), issued.expiresAt(), "/ws/rooms/" + m.id());
    }

    private Grant grant(Meeting m, Caller caller) {
        if (caller.account() != null) {
            Account a = caller.account();
            return new Grant(
                    m.id(),
                    a.identityKey(),
                    a.id(),
                    a.displayName(),
                    a.id().equals(m.hostAccountId()),
                    caller.address());
        }
        GuestIdentity guest = caller.guest();
        String deviceId = guest == null || guest.deviceId() == null ? "" : guest.deviceId();
        List<FieldError> errors = new ArrayList<>();
        String name = TextFields.line(
                guest == null ? null : guest.displayName(),
                "guest.displayName",
                "the name others will see",
                1,
                MAX_GUEST_NAME,
                errors);
        if (errors.isEmpty() && sameName(name, m.hostName())) {
            errors.add(new FieldError(
                    "guest.displayName", "That is the host's name; choose another so others can tell you apart."));
        }
        if (!DEVICE_ID.matcher(deviceId).matches()) {
            errors.add(new FieldError("guest.deviceId", "The device id must be 8 to 64 letters, digits, - or _."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new Grant(
                m.id(), "guest:" + deviceId + "@" + caller.address(), null, name, false, caller.address(), deviceId);
    }

    /** The host may open the room {@code hostEarly} before the start; everyone else waits for the start. */
    private void checkState(Meeting m, boolean host) {
        MeetingState state = meetings.views().state(m, presence.participantCount(m.id()));
        switch (state) {
            case LIVE -> {}
            case SCHEDULED -> {
                if (host && !clock.instant().isBefore(m.startsAt().minus(hostEarly))) {
                    return;
                }
                String local = ZonedDateTime.ofInstant(m.startsAt(), ZoneId.of(m.hostZone()))
                        .format(WHEN);
                throw new ApiException(
                        Status.CONFLICT_409,
                        new ApiError(
                                ApiErrorCode.NOT_STARTED,
                                "This meeting starts on " + local + " (" + m.hostZone() + "); come back then.",
                                List.of(),
                                m.startsAt()));
            }
            case CANCELLED ->
                throw new ApiException(
                        Status.GONE_410,
                        ApiError.of(ApiErrorCode.MEETING_CANCELLED, "The host cancelled this meeting."));
            case ENDED ->
                throw new ApiException(
                        Status.GONE_410, ApiError.of(ApiErrorCode.MEETING_ENDED, "This meeting has ended."));
        }
    }

    /**
     * Only those who guessed wrong ever wait: a right passcode from an address with no wrong guess for this meeting
     * always gets in, however many strangers guess ({@link GuessLimits}).
     */
    private void checkPasscode(Meeting m, String passcode, String address) {
        if (passcode == null || passcode.isBlank()) {
            throw ApiException.forbidden(
                    ApiErrorCode.PASSCODE_REQUIRED, "This meeting needs the passcode from the invitation.");
        }
        String addressKey = "address:" + address;
        Optional<Instant> wait = passcodeLimits.waitUntil(m.id(), addressKey);
        if (wait.isPresent()) {
            throw lockedOut(wait.get());
        }
        if (meetings.passcodeMatches(m, passcode)) {
            passcodeLimits.succeeded(m.id(), addressKey);
            return;
        }
        Optional<Instant> until = passcodeLimits.recordFailure(m.id(), addressKey);
        if (until.isPresent()) {
            log.log(
                    Level.INFO,
                    "Wrong passcodes for meeting {0} from {1}; next try from there at {2}",
                    m.id(),
                    address,
                    until.get());
            throw lockedOut(until.get());
        }
        throw ApiException.forbidden(ApiErrorCode.WRONG_PASSCODE, "That passcode is not right; check the invitation.");
    }

    private ApiException lockedOut(Instant until) {
        long seconds = Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000);
        String left = seconds < 120 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
        return ApiException.tooMany(
                ApiErrorCode.LOCKED_OUT, "Too many wrong passcodes from here; try again in " + left + ".", until);
    }

    /** Names that would look the same on a tile: compared without case, accents' composition or spacing. */
    static boolean sameName(String guestName, String hostName) {
        if (hostName == null) {
            return false;
        }
        String a = TextFields.normalise(guestName).replaceAll("\\s+", " ");
        String b = TextFields.normalise(hostName).replaceAll("\\s+", " ");
        return a.equalsIgnoreCase(b);
    }
}
