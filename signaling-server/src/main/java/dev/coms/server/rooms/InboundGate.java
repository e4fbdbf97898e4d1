package dev.coms.server.rooms;

import dev.coms.protocol.signal.CloseCode;
import java.time.Clock;

/**
 * Everything a connection's incoming frames pass before they are parsed: the rate limit (per frame) and the
 * assembly of fragments under a cap on the whole message's size. Used only on that connection's thread.
 */
final class InboundGate {

    /** The sender broke a limit; the socket closes with {@code closeCode} and its reason text. */
    static final class Violation extends Exception {
        final CloseCode closeCode;
        final String reason;

        Violation(CloseCode closeCode) {
            super(closeCode.reason(), null, false, false);
            this.closeCode = closeCode;
            this.reason = closeCode.reason();
        }
    }

    private final int maxBytes;
    private final TokenBucket bucket;
    private final StringBuilder fragments = new StringBuilder();
    private int bytes;

    InboundGate(RoomSettings settings, Clock clock) {
        this.maxBytes = settings.maxMessageBytes();
        this.bucket = new TokenBucket(clock, settings.ratePerSecond(), settings.rateBurst());
    }

    /** Counts one control frame (a WebSocket ping) against the rate limit: pings are not free. */
    void controlFrame() throws Violation {
        take();
    }

    /** Counts one binary frame against the rate limit. */
    void binaryFrame() throws Violation {
        take();
    }

    /** Takes a text frame; returns the whole message once its last fragment arrived, else null. */
    String textFrame(String text, boolean last) throws Violation {
        take();
        bytes += utf8Length(text);
        if (bytes > maxBytes) {
            throw new Violation(CloseCode.TOO_LARGE);
        }
        if (!last) {
            fragments.append(text);
            return null;
        }
        String message = text;
        if (!fragments.isEmpty()) {
            message = fragments.append(text).toString();
            fragments.setLength(0);
        }
        bytes = 0;
        return message;
    }

    private void take() throws Violation {
        if (!bucket.tryTake()) {
            throw new Violation(CloseCode.POLICY);
        }
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
