package dev.coms.client.signaling;

import java.time.Instant;
import java.util.Optional;

/**
 * A request to the Coms server that did not succeed. {@link #getMessage()} is one short sentence a user can act on
 * (the server's own {@code ApiError.message} when it sent one); details go to the log, never to the user.
 */
public final class ComsApiException extends RuntimeException {

    /** Code used when the server could not be reached at all. */
    public static final String UNREACHABLE = "unreachable";

    private final String code;
    private final int status;
    private final transient Instant until;

    public ComsApiException(String code, int status, String message, Instant until) {
        super(message);
        this.code = code;
        this.status = status;
        this.until = until;
    }

    /** The server could not be reached (network error, wrong address, server down). */
    public static ComsApiException unreachable() {
        return new ComsApiException(
                UNREACHABLE, 0, "Cannot reach the Coms server. Check the address and your connection.", null);
    }

    /** Stable machine-readable code, e.g. {@code not_found}, {@code locked_out}, {@code wrong_passcode}. */
    public String code() {
        return code;
    }

    /** HTTP status, 0 when no reply arrived. */
    public int status() {
        return status;
    }

    /** For lockouts and rate limits: when the caller may try again. */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }
}
