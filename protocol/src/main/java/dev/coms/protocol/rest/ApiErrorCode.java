package dev.coms.protocol.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.coms.protocol.WireCode;

/** The {@code code} of an {@link ApiError}: why an HTTP request failed. Table in docs/protocol.md, "Error codes". */
public enum ApiErrorCode implements WireCode {
    /** The body is missing, not JSON, or not a JSON object. */
    BAD_JSON("bad_json"),
    /** The body could not be read (the connection broke while sending it). */
    BAD_BODY("bad_body"),
    /** The request itself could not be understood (e.g. a malformed header). */
    BAD_REQUEST("bad_request"),
    /** One or more fields are wrong; {@code fields} names each. */
    VALIDATION_FAILED("validation_failed"),
    /** No valid session for a host-only request, or a wrong email or password. */
    UNAUTHORIZED("unauthorized"),
    /** The request concerns someone else's meeting. */
    NOT_HOST("not_host"),
    /** A private meeting needs its passcode. */
    PASSCODE_REQUIRED("passcode_required"),
    /** The passcode is wrong. */
    WRONG_PASSCODE("wrong_passcode"),
    /** The host removed this identity from the meeting. */
    BANNED("banned"),
    /** The host locked the meeting: no one new may join. */
    MEETING_LOCKED("meeting_locked"),
    /** No such meeting or path. */
    NOT_FOUND("not_found"),
    /** The email already has an account. */
    EMAIL_TAKEN("email_taken"),
    /** The meeting has not started; {@code until} is its start. */
    NOT_STARTED("not_started"),
    /** The meeting has started, so it can no longer be moved. */
    ALREADY_STARTED("already_started"),
    /** The meeting has ended. */
    MEETING_ENDED("meeting_ended"),
    /** The meeting is cancelled or ended, so it takes no invitations. */
    MEETING_OVER("meeting_over"),
    /** The host cancelled the meeting. */
    MEETING_CANCELLED("meeting_cancelled"),
    /** The request body is larger than the server accepts. */
    TOO_LARGE("too_large"),
    /** Too many attempts; {@code until} says when to retry. */
    RATE_LIMITED("rate_limited"),
    /** Too many wrong passcodes; {@code until} says when to retry. */
    LOCKED_OUT("locked_out"),
    /** The SMTP server or SMS gateway did not accept an invitation. */
    DELIVERY_FAILED("delivery_failed"),
    /** That channel (email or SMS) is not set up on this server. */
    NOT_CONFIGURED("not_configured"),
    /** The server is too busy for this request right now; {@code Retry-After} says when to try again. */
    BUSY("busy"),
    /** A fault on the server (logged there). */
    INTERNAL("internal"),
    /** A code this client does not know (a newer server); show the server's message. */
    UNKNOWN("unknown");

    private static final Lookup<ApiErrorCode> LOOKUP = new Lookup<>(ApiErrorCode.class, UNKNOWN);

    private final String wire;

    ApiErrorCode(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    /** The code for a wire name; {@link #UNKNOWN} for anything else, never an exception. */
    @JsonCreator
    public static ApiErrorCode fromWire(String wire) {
        return LOOKUP.of(wire);
    }
}
