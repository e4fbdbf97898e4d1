package dev.coms.protocol.signal;

/** WebSocket close codes the server uses on a room socket, with their reason texts (docs/protocol.md, "Close codes"). */
public enum CloseCode {
    /** After the message that explains it: meeting ended, expelled, replaced, left, gone. */
    NORMAL(1000, "normal"),
    /** The server is stopping for good; join again when it is back. */
    GOING_AWAY(1001, "server shutting down"),
    /** The connection sent more messages than its rate limit allows. */
    POLICY(1008, "too many messages"),
    /** A message (all its fragments) is above the size cap. */
    TOO_LARGE(1009, "message too large");

    private final int code;
    private final String reason;

    CloseCode(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    /** The numeric close code. */
    public int code() {
        return code;
    }

    /** The default reason text sent with it. */
    public String reason() {
        return reason;
    }

    /** The close code for a number, or null for one the server does not use. */
    public static CloseCode of(int code) {
        for (CloseCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }
}
