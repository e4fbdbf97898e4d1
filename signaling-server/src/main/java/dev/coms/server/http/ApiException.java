package dev.coms.server.http;

import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiErrorCode;
import io.helidon.http.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A request that cannot be carried out, turned into a JSON {@link ApiError} reply by {@link JsonIo}. */
public final class ApiException extends RuntimeException {

    private final transient Status status;
    private final transient ApiError error;
    private final transient Duration retryAfter;

    public ApiException(Status status, ApiError error) {
        this(status, error, null);
    }

    private ApiException(Status status, ApiError error, Duration retryAfter) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
    }

    /** 503 {@code busy}: the server sheds this request to keep serving the others; retry after {@code retryAfter}. */
    public static ApiException busy(String message, Duration retryAfter) {
        return new ApiException(Status.SERVICE_UNAVAILABLE_503, ApiError.of(ApiErrorCode.BUSY, message), retryAfter);
    }

    public static ApiException badRequest(ApiErrorCode code, String message) {
        return new ApiException(Status.BAD_REQUEST_400, ApiError.of(code, message));
    }

    public static ApiException validation(List<ApiError.FieldError> fields) {
        return new ApiException(
                Status.BAD_REQUEST_400,
                new ApiError(ApiErrorCode.VALIDATION_FAILED, "Some fields need attention.", fields, null));
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(Status.UNAUTHORIZED_401, ApiError.of(ApiErrorCode.UNAUTHORIZED, message));
    }

    public static ApiException forbidden(ApiErrorCode code, String message) {
        return new ApiException(Status.FORBIDDEN_403, ApiError.of(code, message));
    }

    public static ApiException notFound(String message) {
        return new ApiException(Status.NOT_FOUND_404, ApiError.of(ApiErrorCode.NOT_FOUND, message));
    }

    public static ApiException conflict(ApiErrorCode code, String message) {
        return new ApiException(Status.CONFLICT_409, ApiError.of(code, message));
    }

    public static ApiException tooMany(ApiErrorCode code, String message, Instant until) {
        return new ApiException(Status.TOO_MANY_REQUESTS_429, new ApiError(code, message, List.of(), until));
    }

    /** How long the client should wait before retrying ({@code Retry-After}), if the reply says so. */
    public Optional<Duration> retryAfter() {
        if (retryAfter != null) {
            return Optional.of(retryAfter);
        }
        return Optional.empty();
    }

    public Status status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
