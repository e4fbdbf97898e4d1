package dev.coms.client.signaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.ServerTime;
import java.io.IOException;
import java.net.URI;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Client of the server's meetings REST API. Blocking: call it off the FX thread. */
public final class MeetingsApi {

    private final URI base;
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = ProtocolJson.newMapper();

    public MeetingsApi(URI base) {
        this.base = base;
    }

    /** {@code GET /api/time}. */
    public ServerTime serverTime() throws IOException {
        Request request = new Request.Builder().url(base.resolve("/api/time").toString()).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            return json.readValue(response.body().string(), ServerTime.class);
        }
    }
}
