package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.coms.protocol.ProtocolJson;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one reader and writer of room messages, shared by server and clients. Parsing happens at the edge: a frame that
 * is too large, not a JSON object, incomplete or of an unknown type becomes a {@link Decoded.Rejected} with the
 * {@link SignalErrorCode} to answer with, never an exception. Thread-safe.
 */
public final class SignalCodec {

    /** Frames above this many characters are rejected unread (an SDP, the largest message, is far smaller). */
    public static final int MAX_FRAME_CHARS = 256 * 1024;

    private static final Map<Class<?>, String> TYPE_NAMES = typeNames();

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
        if (text == null || !text.stripLeading().startsWith("{")) {
            return new Decoded.Rejected(SignalErrorCode.BAD_MESSAGE, "The message must be a JSON object with a type.");
        }
        if (text.length() > MAX_FRAME_CHARS) {
            return new Decoded.Rejected(SignalErrorCode.BAD_MESSAGE, "The message is too large.");
        }
        try {
            SignalMessage message = json.readValue(text, SignalMessage.class);
            return message == null
                    ? new Decoded.Rejected(SignalErrorCode.BAD_MESSAGE, "The message must be a JSON object.")
                    : new Decoded.Parsed(message);
        } catch (InvalidTypeIdException e) {
            return e.getTypeId() == null
                    ? new Decoded.Rejected(
                            SignalErrorCode.BAD_MESSAGE, "The message must be a JSON object with a type.")
                    : new Decoded.Rejected(SignalErrorCode.UNKNOWN_TYPE, "This message type is not known.");
        } catch (JsonProcessingException e) {
            return new Decoded.Rejected(SignalErrorCode.BAD_MESSAGE, "The message is not valid JSON for its type.");
        }
    }

    /** The wire name of a message's type, e.g. {@code offer}. */
    public static String typeName(SignalMessage message) {
        return TYPE_NAMES.getOrDefault(message.getClass(), message.getClass().getSimpleName());
    }

    private static Map<Class<?>, String> typeNames() {
        Map<Class<?>, String> names = new HashMap<>();
        for (JsonSubTypes.Type t :
                SignalMessage.class.getAnnotation(JsonSubTypes.class).value()) {
            names.put(t.value(), t.name());
        }
        return Map.copyOf(names);
    }

    /** Result of {@link #decode(String)}. */
    public sealed interface Decoded {
        /** A well-formed message. */
        record Parsed(SignalMessage message) implements Decoded {}

        /**
         * A frame that cannot be used.
         *
         * @param code the code of the {@code error} a server answers with
         * @param reason one sentence for the reply or the log
         */
        record Rejected(SignalErrorCode code, String reason) implements Decoded {}
    }
}
