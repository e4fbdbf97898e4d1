package dev.coms.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The JSON body of every 4xx/5xx reply.
 *
 * @param code stable machine-readable code ({@link ApiErrorCode#UNKNOWN} when a newer server sent one this build
 *     does not know)
 * @param message one sentence a user can act on
 * @param fields field-level problems for {@code validation_failed}; empty otherwise
 * @param until for {@code locked_out} and {@code rate_limited}: when the caller may try again
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(ApiErrorCode code, String message, List<FieldError> fields, Instant until) {

    public ApiError {
        code = code == null ? ApiErrorCode.UNKNOWN : code;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ApiError of(ApiErrorCode code, String message) {
        return new ApiError(code, message, List.of(), null);
    }

    /** One invalid request field. */
    public record FieldError(String field, String message) {}
}
