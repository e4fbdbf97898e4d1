package dev.coms.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiErrorCode;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.NotFoundException;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads request bodies and writes replies as JSON with the protocol's mapper. Every failure becomes a JSON
 * {@link ApiError}; no stack trace leaves the server.
 */
public final class JsonIo {

    /** Largest request body accepted, in bytes. */
    public static final int MAX_BODY = 64 * 1024;

    private static final System.Logger log = System.getLogger(JsonIo.class.getName());

    private static final HeaderName NOSNIFF = HeaderNames.create("X-Content-Type-Options");

    private final ObjectMapper mapper;
    private final Clock clock;

    public JsonIo(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The protocol's JSON; {@code clock} turns a lockout's {@code until} into {@code Retry-After}. */
    public JsonIo(Clock clock) {
        this(ProtocolJson.newMapper(), clock);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses the body as {@code type}; a missing, oversized or malformed body is a 4xx with a clear message. */
    public <T> T read(ServerRequest req, Class<T> type) {
        byte[] body = readBody(req);
        if (body.length == 0) {
            throw ApiException.badRequest(ApiErrorCode.BAD_JSON, "The request needs a JSON body.");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest(ApiErrorCode.BAD_JSON, "The request needs a JSON object.");
            }
            return value;
        } catch (MismatchedInputException e) {
            throw wrongType(e);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(
                    ApiErrorCode.BAD_JSON, "The request body is not valid JSON for this request.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field of the wrong type or with an unknown value: a validation error naming the field. */
    private static ApiException wrongType(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (field.isEmpty()) {
            return ApiException.badRequest(ApiErrorCode.BAD_JSON, "The request body must be a JSON object.");
        }
        String message = e instanceof InvalidFormatException f
                        && f.getTargetType() != null
                        && f.getTargetType().isEnum()
                ? "Use one of " + Arrays.toString(f.getTargetType().getEnumConstants()) + "."
                : "This field has the wrong type.";
        return ApiException.validation(List.of(new ApiError.FieldError(field, message)));
    }

    private static byte[] readBody(ServerRequest req) {
        if (req.headers().contentLength().orElse(0) > MAX_BODY) {
            throw tooLarge();
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest(ApiErrorCode.BAD_BODY, "The request body could not be read.");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(
                Status.REQUEST_ENTITY_TOO_LARGE_413,
                ApiError.of(ApiErrorCode.TOO_LARGE, "The request body is larger than 64 KiB."));
    }

    /** Sends {@code value} as JSON with the given status. */
    public void send(ServerResponse res, Status status, Object value) {
        try {
            byte[] bytes = mapper.writeValueAsBytes(value);
            res.status(status);
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.header(NOSNIFF, "nosniff");
            res.send(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Reply not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    public void ok(ServerResponse res, Object value) {
        send(res, Status.OK_200, value);
    }

    /** Installs the error handlers that turn every exception into a JSON reply. */
    public void registerErrorHandlers(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> {
            retryAfter(e).ifPresent(seconds -> res.header(HeaderNames.RETRY_AFTER, Long.toString(seconds)));
            send(res, e.status(), e.error());
        });
        routing.error(RequestException.class, (req, res, e) -> {
            Status status = e.status() == null ? Status.BAD_REQUEST_400 : e.status();
            send(res, status, ApiError.of(ApiErrorCode.BAD_REQUEST, "The request could not be understood."));
        });
        routing.error(
                NotFoundException.class,
                (req, res, e) -> send(
                        res,
                        Status.NOT_FOUND_404,
                        ApiError.of(ApiErrorCode.NOT_FOUND, "There is nothing at this address.")));
        routing.error(
                HttpException.class,
                (req, res, e) -> send(
                        res,
                        e.status(),
                        ApiError.of(codeFor(e.status()), e.status().reasonPhrase())));
        routing.error(Exception.class, (req, res, e) -> {
            log.log(
                    Level.ERROR,
                    "Unhandled error on " + req.prologue().method() + " "
                            + req.path().path(),
                    e);
            send(
                    res,
                    Status.INTERNAL_SERVER_ERROR_500,
                    ApiError.of(ApiErrorCode.INTERNAL, "Something went wrong on the server. Please try again."));
        });
    }

    /** The error code for a status Helidon itself answered with (a path that takes no such method, a huge header). */
    static ApiErrorCode codeFor(Status status) {
        int code = status.code();
        if (code == Status.NOT_FOUND_404.code()) {
            return ApiErrorCode.NOT_FOUND;
        }
        if (code == Status.REQUEST_ENTITY_TOO_LARGE_413.code()) {
            return ApiErrorCode.TOO_LARGE;
        }
        return code < 500 ? ApiErrorCode.BAD_REQUEST : ApiErrorCode.INTERNAL;
    }

    /** Whole seconds to wait before retrying: the exception's own hint, or the time left until {@code until}. */
    private Optional<Long> retryAfter(ApiException e) {
        if (e.retryAfter().isPresent()) {
            return Optional.of(Math.max(1, e.retryAfter().get().toSeconds()));
        }
        Instant until = e.error().until();
        if (until == null || e.status().code() != Status.TOO_MANY_REQUESTS_429.code()) {
            return Optional.empty();
        }
        return Optional.of(Math.max(1, Duration.between(clock.instant(), until).toSeconds()));
    }
}
