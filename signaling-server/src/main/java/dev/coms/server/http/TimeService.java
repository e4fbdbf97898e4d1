package dev.coms.server.http;

import dev.coms.protocol.rest.ServerTime;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;

/**
 * {@code GET /api/time}, and the {@code X-Server-Time} header (epoch milliseconds) on every reply, so clients can
 * correct their countdowns for a wrong local clock.
 */
public final class TimeService implements HttpService {

    public static final HeaderName SERVER_TIME = HeaderNames.create("X-Server-Time");

    private final Clock clock;
    private final JsonIo json;

    public TimeService(Clock clock, JsonIo json) {
        this.clock = clock;
        this.json = json;
    }

    /** Adds the server-time header to every response. */
    public void registerFilter(HttpRouting.Builder routing) {
        routing.addFilter((chain, req, res) -> {
            res.header(SERVER_TIME, Long.toString(clock.millis()));
            chain.proceed();
        });
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> json.ok(res, new ServerTime(clock.instant())));
    }
}
