package dev.coms.client.signaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.signal.SignalMessage;
import java.io.UncheckedIOException;

/**
 * Turns room messages into JSON text frames and back. Parsing happens here, at the edge: a frame that is too
 * large, not JSON or of an unknown type becomes a {@link Decoded.Rejected} with a reason, never an exception.
 * Thread-safe.
 */
public final class SignalCodec {

    /** Frames above this size are rejected unread (the largest legitimate message, an SDP, is far smaller). */
    public static final int MAX_FRAME_CHARS = 256 * 1024;

    private final ObjectMapper json = ProtocolJson.newMapper();

    /** JSON text of a message. */
    public String encode(SignalMessage message) {
        try {
            return json.writerFor(SignalMessage.class).writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one text frame. */
    public Decoded decode(String text) {
        if (text == null || text.isBlank()) {
            return new Decoded.Rejected("empty frame");
        }
        if (text.length() > MAX_FRAME_CHARS) {
            return new Decoded.Rejected("frame of " + text.length() + " characters exceeds the limit");
        }
        try {
            SignalMessage message = json.readValue(text, SignalMessage.class);
            return message == null ? new Decoded.Rejected("null message") : new Decoded.Parsed(message);
        } catch (JsonProcessingException e) {
            return new Decoded.Rejected(e.getOriginalMessage());
        }
    }

    /** Result of {@link #decode(String)}. */
    public sealed interface Decoded {
        /** A well-formed message. */
        record Parsed(SignalMessage message) implements Decoded {}

        /** A frame that was ignored, with a reason for the log. */
        record Rejected(String reason) implements Decoded {}
    }
}
