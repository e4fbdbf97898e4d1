package dev.coms.client.signaling;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiErrorCode;
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
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of one server's meetings REST API over okhttp. Blocking: call it off the FX thread. Thread-safe. Every
 * reply's {@code X-Server-Time} header corrects {@link #serverClock()}.
 */
public final class MeetingsApi implements MeetingsPort {

    private static final Logger log = LoggerFactory.getLogger(MeetingsApi.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final URI base;
    private final OkHttpClient http;
    private final ObjectMapper json = ProtocolJson.newMapper();
    private final ServerClock clock;
    private volatile String token;
    private volatile Runnable tokenRejected = () -> {};

    public MeetingsApi(URI base) {
        this(base, Clock.systemUTC());
    }

    public MeetingsApi(URI base, Clock device) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.clock = new ServerClock(device);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(20))
                .build();
    }

    @Override
    public URI server() {
        return base;
    }

    @Override
    public ServerClock serverClock() {
        return clock;
    }

    @Override
    public void useToken(String token) {
        this.token = token;
    }

    @Override
    public void onTokenRejected(Runnable callback) {
        tokenRejected = callback;
    }

    @Override
    public ServerTime serverTime() {
        return call(get("/api/time"), ServerTime.class);
    }

    @Override
    public SessionView register(RegisterRequest request) {
        return call(post("/api/accounts", request), SessionView.class);
    }

    @Override
    public SessionView signIn(SignInRequest request) {
        return call(post("/api/sessions", request), SessionView.class);
    }

    @Override
    public void signOut() {
        call(new Request.Builder().url(url("/api/sessions/current")).delete(), Void.class);
    }

    @Override
    public void signOutEverywhere() {
        call(new Request.Builder().url(url("/api/sessions")).delete(), Void.class);
    }

    @Override
    public void changePassword(ChangePasswordRequest request) {
        call(post("/api/accounts/me/password", request), Void.class);
    }

    @Override
    public void requestPasswordReset(PasswordReset.Request request) {
        call(post("/api/password-resets", request), Void.class);
    }

    @Override
    public SessionView confirmPasswordReset(PasswordReset.Confirm request) {
        return call(post("/api/password-resets/confirm", request), SessionView.class);
    }

    @Override
    public ServerCapabilities capabilities() {
        return call(get("/api/capabilities"), ServerCapabilities.class);
    }

    @Override
    public MeetingView meeting(String meetingId) {
        return call(get("/api/meetings/" + encode(meetingId)), MeetingView.class);
    }

    @Override
    public OpenMeetingsUpdate openMeetings() {
        return call(get("/api/meetings/open"), OpenMeetingsUpdate.class);
    }

    @Override
    public List<HostMeetingView> myMeetings() {
        JavaType type = json.getTypeFactory().constructCollectionType(List.class, HostMeetingView.class);
        return call(get("/api/meetings/mine"), type);
    }

    @Override
    public HostMeetingView schedule(ScheduleMeetingRequest request) {
        return call(post("/api/meetings", request), HostMeetingView.class);
    }

    @Override
    public HostMeetingView startOpenMeeting(StartOpenMeetingRequest request) {
        return call(post("/api/meetings/open-now", request), HostMeetingView.class);
    }

    @Override
    public HostMeetingView cancel(String meetingId) {
        return call(post("/api/meetings/" + encode(meetingId) + "/cancel", null), HostMeetingView.class);
    }

    @Override
    public HostMeetingView reschedule(String meetingId, ScheduleMeetingRequest request) {
        try {
            RequestBody body = RequestBody.create(json.writeValueAsBytes(request), JSON);
            return call(
                    new Request.Builder()
                            .url(url("/api/meetings/" + encode(meetingId)))
                            .put(body),
                    HostMeetingView.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot encode request", e);
        }
    }

    @Override
    public byte[] calendar(String meetingId) {
        return call(get("/api/meetings/" + encode(meetingId) + "/calendar.ics"), byte[].class);
    }

    @Override
    public JoinTicket join(String meetingId, JoinRequest request) {
        return call(post("/api/meetings/" + encode(meetingId) + "/join", request), JoinTicket.class);
    }

    @Override
    public void sendInvitation(String meetingId, Invitation invitation) {
        call(post("/api/meetings/" + encode(meetingId) + "/invitations", invitation), Void.class);
    }

    @Override
    public AutoCloseable watchOpenMeetings(Consumer<OpenMeetingsUpdate> onUpdate, Runnable onLost) {
        String wsUrl = base.toString().replaceFirst("^http", "ws") + "/ws/open-meetings";
        return new OpenMeetingsWatch(http, json, wsUrl, onUpdate, onLost).start();
    }

    private Request.Builder get(String path) {
        return new Request.Builder().url(url(path)).get();
    }

    private Request.Builder post(String path, Object body) {
        try {
            byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
            return new Request.Builder().url(url(path)).post(RequestBody.create(bytes, JSON));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot encode request", e);
        }
    }

    private String url(String path) {
        return base + path;
    }

    private <T> T call(Request.Builder builder, Class<T> type) {
        return call(builder, json.getTypeFactory().constructType(type));
    }

    private <T> T call(Request.Builder builder, JavaType type) {
        String bearer = token;
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        Request request = builder.build();
        long sentAt = clock.device().millis();
        try (Response response = http.newCall(request).execute()) {
            observeServerTime(response, sentAt);
            if (response.isSuccessful() && type.getRawClass() == byte[].class) {
                @SuppressWarnings("unchecked")
                T bytes = (T) response.body().bytes();
                return bytes;
            }
            String body = response.body().string();
            if (!response.isSuccessful()) {
                if (response.code() == 401 && bearer != null) {
                    tokenRejected.run();
                }
                throw failure(request, response.code(), body);
            }
            if (type.getRawClass() == Void.class || body.isEmpty()) {
                return null;
            }
            return json.readValue(body, type);
        } catch (IOException e) {
            log.warn("{} {} failed: {}", request.method(), request.url().encodedPath(), e.toString());
            throw ComsApiException.unreachable();
        }
    }

    private void observeServerTime(Response response, long sentAt) {
        String header = response.header("X-Server-Time");
        if (header == null) {
            return;
        }
        try {
            clock.observe(sentAt, Long.parseLong(header.trim()), clock.device().millis());
        } catch (NumberFormatException e) {
            log.debug("Ignoring malformed X-Server-Time {}", header);
        }
    }

    private ComsApiException failure(Request request, int status, String body) {
        ApiError error = null;
        try {
            error = json.readValue(body, ApiError.class);
        } catch (IOException e) {
            log.debug("Error reply without ApiError body", e);
        }
        log.info("{} {} -> {} {}", request.method(), request.url().encodedPath(), status, error);
        if (error == null || error.message() == null || error.message().isBlank()) {
            return new ComsApiException(
                    ApiErrorCode.UNKNOWN,
                    status,
                    "The Coms server could not handle this request. Try again in a moment.",
                    null);
        }
        return new ComsApiException(error.code(), status, userMessage(error), error.until());
    }

    /** A validation failure names what is wrong with each field: that is what the user needs to read. */
    private static String userMessage(ApiError error) {
        if (error.code() != ApiErrorCode.VALIDATION_FAILED
                || error.fields() == null
                || error.fields().isEmpty()) {
            return error.message();
        }
        String fields = String.join(
                " ",
                error.fields().stream()
                        .map(ApiError.FieldError::message)
                        .filter(m -> m != null && !m.isBlank())
                        .distinct()
                        .toList());
        return fields.isEmpty() ? error.message() : fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
