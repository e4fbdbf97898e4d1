package dev.coms.client.call;

import java.time.Instant;

/**
 * One chat message. Chat travels only over the peer connections' data channels, never through the server.
 *
 * @param id unique id chosen by the sender (dedupes history received from several peers)
 * @param from sender's participant id
 * @param to recipient's participant id for a private message, null for everyone
 * @param sentAt sender's clock when sent
 */
public record ChatMessage(String id, String from, String senderName, String to, String text, Instant sentAt) {

    /** Longest text accepted, in characters. */
    public static final int MAX_TEXT = 4000;

    public boolean isPrivate() {
        return to != null;
    }
}
