package dev.coms.server.invites;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiError.FieldError;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.Invitation;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.http.ApiException;
import dev.coms.server.security.FailureLimiter;
import io.helidon.http.Status;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sends a host's invitation by email (with a calendar file) or SMS, after checking the fields and the host's hourly
 * allowance. Blocks until the SMTP server or the SMS webhook accepted the message. Thread-safe.
 */
public final class Invitations {

    private static final System.Logger log = System.getLogger(Invitations.class.getName());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_TEXT = 5_000;
    private static final int MAX_SMS = 1_600;
    private static final int MAX_SUBJECT = 200;

    private final InvitesSettings settings;
    private final Clock clock;
    private final FailureLimiter perHost;
    private final EmailSender email;
    private final SmsSender sms;

    public Invitations(InvitesSettings settings, ObjectMapper mapper, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.perHost =
                new FailureLimiter(clock, settings.maxPerHostPerHour(), Duration.ofHours(1), Duration.ofHours(1));
        this.email = settings.emailEnabled() ? new EmailSender(settings) : null;
        this.sms = settings.smsEnabled() ? new SmsSender(settings, mapper) : null;
    }

    /** Sends {@code invitation} to a live or future {@code meeting} on behalf of its host. */
    public void send(String hostAccountId, MeetingView meeting, Invitation invitation) {
        validate(invitation);
        boolean byEmail = invitation.channel() == Invitation.Channel.EMAIL;
        if (byEmail ? email == null : sms == null) {
            throw new ApiException(
                    Status.SERVICE_UNAVAILABLE_503,
                    ApiError.of(
                            ApiErrorCode.NOT_CONFIGURED,
                            (byEmail ? "Email" : "SMS")
                                    + " invitations are not set up on this server; copy the link instead."));
        }
        perHost.take(hostAccountId).ifPresent(until -> {
            throw ApiException.tooMany(
                    ApiErrorCode.RATE_LIMITED, "You have sent many invitations; try again later.", until);
        });
        String to = invitation.to().strip();
        try {
            if (byEmail) {
                String subject =
                        invitation.subject() == null || invitation.subject().isBlank()
                                ? "Invitation: " + meeting.title()
                                : invitation.subject().strip();
                email.send(
                        to, subject, invitation.text(), CalendarInvite.of(meeting, invitation.text(), clock.instant()));
            } else {
                sms.send(to, invitation.text());
            }
        } catch (Exception e) {
            log.log(
                    Level.WARNING,
                    "Invitation for meeting {0} by {1} could not be delivered: {2}",
                    meeting.id(),
                    invitation.channel(),
                    e.toString());
            throw new ApiException(
                    Status.BAD_GATEWAY_502,
                    ApiError.of(
                            ApiErrorCode.DELIVERY_FAILED,
                            "The invitation could not be sent just now; try again in a moment."));
        }
        log.log(Level.INFO, "Invitation for meeting {0} sent by {1}", meeting.id(), invitation.channel());
    }

    private static void validate(Invitation inv) {
        List<FieldError> errors = new ArrayList<>();
        String to = inv.to() == null ? "" : inv.to().strip();
        String text = inv.text() == null ? "" : inv.text();
        if (inv.channel() == null) {
            errors.add(new FieldError("channel", "Choose EMAIL or SMS."));
        } else if (inv.channel() == Invitation.Channel.EMAIL
                && (to.length() > 254 || !EMAIL.matcher(to).matches())) {
            errors.add(new FieldError("to", "Enter one email address."));
        } else if (inv.channel() == Invitation.Channel.SMS && !PHONE.matcher(to).matches()) {
            errors.add(new FieldError("to", "Enter the phone number with country code, e.g. +4915123456789."));
        }
        int max = inv.channel() == Invitation.Channel.SMS ? MAX_SMS : MAX_TEXT;
        if (text.isBlank() || text.length() > max) {
            errors.add(new FieldError("text", "Write a message of 1 to " + max + " characters."));
        }
        if (inv.subject() != null
                && (inv.subject().length() > MAX_SUBJECT || inv.subject().matches("(?s).*[\\r\\n].*"))) {
            errors.add(new FieldError(
                    "subject", "Keep the subject to one line of at most " + MAX_SUBJECT + " characters."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
