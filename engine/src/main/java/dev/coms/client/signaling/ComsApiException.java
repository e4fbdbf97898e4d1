package dev.coms.client.signaling;

import dev.coms.protocol.rest.ApiErrorCode;
import java.time.Instant;
import java.util.Optional;

/**
 * A request to the Coms server that did not succeed. {@link #getMessage()} is one short sentence a user can act on
 * (the server's own {@code ApiError.message} when it sent one); details go to the log, never to the user.
 */
public final class ComsApiException extends RuntimeException {

    private final ApiErrorCode code;
    private final int status;
    private final boolean unreachable;
    private final transient Instant until;

    /** The server answered with an error ({@code status}) and, where it sent one, the {@code ApiError}'s code. */
    public ComsApiException(ApiErrorCode code, int status, String message, Instant until) {
        this(code, status, false, message, until);
    }

    private ComsApiException(ApiErrorCode code, int status, boolean unreachable, String message, Instant until) {
        super(message);
        this.code = code == null ? ApiErrorCode.UNKNOWN : code;
        this.status = status;
        this.unreachable = unreachable;
        this.until = until;
    }

    /** The server could not be reached (network error, wrong address, server down): no reply at all. */
    public static ComsApiException unreachable() {
        return new ComsApiException(
                ApiErrorCode.UNKNOWN,
                0,
                true,
                "Cannot reach the Coms server. Check the address and your connection.",
                null);
    }

    /**
     * The server's code, e.g. {@link ApiErrorCode#NOT_FOUND}; {@link ApiErrorCode#UNKNOWN} when the reply carried
     * none the client knows, or when there was no reply ({@link #isUnreachable()}).
     */
    public ApiErrorCode code() {
        return code;
    }

    /** HTTP status, 0 when no reply arrived. */
    public int status() {
        return status;
    }

    /** True when no reply arrived at all: a client-side state, not a code the server sends. */
    public boolean isUnreachable() {
        return unreachable;
    }

    /** For lockouts and rate limits: when the caller may try again. */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }
}
