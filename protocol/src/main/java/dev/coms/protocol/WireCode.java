package dev.coms.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * A code that travels as a string (its wire name) between client and server. Every code enum has one {@code UNKNOWN}
 * value that stands for a code this build does not know (sent by a newer server); the server never sends it.
 */
public interface WireCode {

    /** The exact string on the wire. */
    String wire();

    /**
     * Looks up wire names for one enum. Lookup never throws: an unknown or missing name gives {@code unknown}.
     *
     * @param <E> the code enum
     */
    final class Lookup<E extends Enum<E> & WireCode> {
        private final Map<String, E> byWire = new HashMap<>();
        private final E unknown;

        public Lookup(Class<E> type, E unknown) {
            this.unknown = unknown;
            for (E code : type.getEnumConstants()) {
                if (code != unknown && byWire.put(code.wire(), code) != null) {
                    throw new IllegalStateException("Duplicate wire name " + code.wire() + " in " + type);
                }
            }
        }

        /** The code for {@code wire}, or the unknown value. */
        public E of(String wire) {
            return wire == null ? unknown : byWire.getOrDefault(wire, unknown);
        }
    }
}
