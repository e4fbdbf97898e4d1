package dev.coms.server.invites;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Sends SMS invitations through an HTTP webhook: {@code POST {"to": "+4915...", "text": "..."}}. Thread-safe. */
public final class SmsSender {

    private final InvitesSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public SmsSender(InvitesSettings settings, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    /** Posts one message; throws when the webhook is unreachable or does not answer 2xx. */
    public void send(String to, String text) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.smsWebhookUri())
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(Map.of("to", to, "text", text))));
        if (!settings.smsWebhookToken().isBlank()) {
            request.header("Authorization", "Bearer " + settings.smsWebhookToken());
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("SMS webhook answered " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while sending an SMS", e);
        }
    }
}
