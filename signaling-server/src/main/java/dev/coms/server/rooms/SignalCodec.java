package dev.coms.server.rooms;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.signal.SignalMessage;
import java.util.HashMap;
import java.util.Map;

/** Reads and writes room messages as JSON, turning every kind of bad input into a typed {@link BadMessage}. */
final class SignalCodec {

    /** A client message that cannot be used; {@code code} is the Error code sent back. */
    static final class BadMessage extends Exception {
        final String code;

        BadMessage(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private static final Map<Class<?>, String> TYPE_NAMES = typeNames();

    private final ObjectMapper mapper = ProtocolJson.newMapper();

    String write(SignalMessage message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Protocol records always serialise", e);
        }
    }

    SignalMessage read(String text) throws BadMessage {
        if (!text.stripLeading().startsWith("{")) {
            throw new BadMessage("bad_message", "The message must be a JSON object with a type.");
        }
        SignalMessage message;
        try {
            message = mapper.readValue(text, SignalMessage.class);
        } catch (InvalidTypeIdException e) {
            if (e.getTypeId() == null) {
                throw new BadMessage("bad_message", "The message must be a JSON object with a type.");
            }
            throw new BadMessage("unknown_type", "This message type is not known.");
        } catch (JsonProcessingException e) {
            throw new BadMessage("bad_message", "The message is not valid JSON for its type.");
        }
        if (message == null) {
            throw new BadMessage("bad_message", "The message must be a JSON object.");
        }
        return message;
    }

    /** The wire name of a message type, e.g. {@code offer}. */
    static String typeName(SignalMessage message) {
        return TYPE_NAMES.getOrDefault(message.getClass(), message.getClass().getSimpleName());
    }

    private static Map<Class<?>, String> typeNames() {
        Map<Class<?>, String> names = new HashMap<>();
        for (JsonSubTypes.Type t : SignalMessage.class.getAnnotation(JsonSubTypes.class).value()) {
            names.put(t.value(), t.name());
        }
        return Map.copyOf(names);
    }
}
