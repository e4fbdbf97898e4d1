package dev.coms.protocol.peer;

import java.time.Instant;

/**
 * One chat message. Chat travels only over the peer connections' data channels, never through the server.
 *
 * @param id unique id chosen by the sender (a UUID); receivers dedupe by it
 * @param from the sender's participant id as the sender wrote it; a receiver trusts only the connection the message
 *     came on for a live {@link PeerMessage.Say}, and takes {@code from} of a {@link PeerMessage.History} entry only
 *     as a claim about who wrote it (see docs/protocol.md, "Peer-to-peer contract")
 * @param senderName the sender's display name at the time
 * @param to the recipient's participant id for a private message, null for everyone
 * @param text 1 to {@link #MAX_TEXT} characters
 * @param sentAt the sender's clock when sent
 */
public record ChatMessage(String id, String from, String senderName, String to, String text, Instant sentAt) {

    /** Longest text accepted, in characters. */
    public static final int MAX_TEXT = 4000;

    /** True for a message to one participant only. */
    public boolean isPrivate() {
        return to != null;
    }

    /** Longest id accepted, in characters. */
    public static final int MAX_ID = 64;

    /** True when every field a receiver needs is present and within the limits. */
    public boolean isWellFormed() {
        return id != null
                && !id.isBlank()
                && id.length() <= MAX_ID
                && from != null
                && text != null
                && !text.isBlank()
                && text.length() <= MAX_TEXT
                && sentAt != null;
    }
}
