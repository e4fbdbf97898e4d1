package dev.coms.protocol.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads and writes {@link PeerMessage}s as UTF-8 JSON. Decoding never throws. Thread-safe. */
public final class PeerCodec {

    private final ObjectMapper json = ProtocolJson.newMapper();

    /** The UTF-8 JSON of a message. */
    public byte[] encode(PeerMessage message) {
        try {
            return json.writerFor(PeerMessage.class).writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The message in {@code payload}, or empty when it is larger than {@link PeerMessage#MAX_BYTES}, not JSON, of an
     * unknown type, or missing its fields. Callers log what they ignore.
     */
    public Optional<PeerMessage> decode(byte[] payload) {
        if (payload == null || payload.length == 0 || payload.length > PeerMessage.MAX_BYTES) {
            return Optional.empty();
        }
        try {
            PeerMessage message = json.readValue(payload, PeerMessage.class);
            return Optional.ofNullable(message).filter(PeerCodec::complete);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean complete(PeerMessage message) {
        return switch (message) {
            case PeerMessage.Say say -> say.message() != null && say.message().isWellFormed();
            case PeerMessage.History history -> true;
            case PeerMessage.Voice voice -> voice.level() >= 0 && voice.level() <= 1;
            case PeerMessage.Hand hand -> hand.of() == null || !hand.raised();
        };
    }
}
