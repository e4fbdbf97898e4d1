package dev.coms.client.call;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages on the peer-to-peer "chat" data channel, as UTF-8 JSON with a {@code type} discriminator: a live
 * message, the recent public history a peer hands to someone who just connected to it, or the sender's voice level
 * while they speak.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChatWire.Say.class, name = "say"),
    @JsonSubTypes.Type(value = ChatWire.History.class, name = "history"),
    @JsonSubTypes.Type(value = ChatWire.Voice.class, name = "voice")
})
sealed interface ChatWire {

    /** Largest payload accepted from a peer. */
    int MAX_BYTES = 256 * 1024;

    /** A message typed just now. */
    record Say(ChatMessage message) implements ChatWire {}

    /** Recent public messages, oldest first. */
    record History(List<ChatMessage> messages) implements ChatWire {}

    /** The sender is speaking at {@code level} (0–1), sent a few times a second while they speak; 0: stopped. */
    record Voice(double level) implements ChatWire {}

    /** JSON codec; thread-safe. */
    final class Codec {
        private static final Logger log = LoggerFactory.getLogger(Codec.class);
        private final ObjectMapper json = ProtocolJson.newMapper();

        byte[] encode(ChatWire message) {
            try {
                return json.writerFor(ChatWire.class).writeValueAsBytes(message);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        Optional<ChatWire> decode(byte[] payload) {
            if (payload.length > MAX_BYTES) {
                log.warn("Ignored a chat payload of {} bytes", payload.length);
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(json.readValue(payload, ChatWire.class));
            } catch (java.io.IOException e) {
                log.warn("Ignored a malformed chat payload: {}",
                        new String(payload, 0, Math.min(payload.length, 80), StandardCharsets.UTF_8));
                return Optional.empty();
            }
        }
    }
}
