package dev.coms.protocol.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The JSON body of every 4xx/5xx reply.
 *
 * @param code stable machine-readable code, e.g. {@code validation_failed}, {@code locked_out}
 * @param message one sentence a user can act on
 * @param fields field-level problems for {@code validation_failed}; empty otherwise
 * @param until for {@code locked_out} and {@code rate_limited}: when the caller may try again
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, List<FieldError> fields, Instant until) {

    public ApiError {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of(), null);
    }

    /** One invalid request field. */
    public record FieldError(String field, String message) {}
}
