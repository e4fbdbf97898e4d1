package dev.coms.protocol.peer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * Every message on the peer-to-peer {@code chat} data channel (label {@code chat}, negotiated id 0, ordered, reliable),
 * as UTF-8 JSON with a {@code type} discriminator. Peers exchange these directly; the server never sees them. See
 * docs/protocol.md, "Peer-to-peer contract".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PeerMessage.Say.class, name = "say"),
    @JsonSubTypes.Type(value = PeerMessage.History.class, name = "history"),
    @JsonSubTypes.Type(value = PeerMessage.Voice.class, name = "voice"),
    @JsonSubTypes.Type(value = PeerMessage.Hand.class, name = "hand")
})
public sealed interface PeerMessage {

    /** Largest payload a receiver accepts, in bytes; anything larger is ignored. */
    int MAX_BYTES = 256 * 1024;

    /** Most messages a {@link History} carries. */
    int HISTORY_LIMIT = 100;

    /** A message typed just now, to everyone (sent on every channel) or privately (sent on the addressee's only). */
    record Say(ChatMessage message) implements PeerMessage {}

    /**
     * Sent once by each side when the channel opens: the sender's most recent public messages (at most
     * {@link #HISTORY_LIMIT}, oldest first, its own and others'), never private ones.
     */
    record History(List<ChatMessage> messages) implements PeerMessage {
        public History {
            messages = messages == null ? List.of() : List.copyOf(messages);
        }
    }

    /**
     * The sender is speaking: its microphone level (0–1, WebRTC's linear {@code audioLevel} of what it sends), about
     * four times a second while it speaks, then once {@code 0} when it stops.
     */
    record Voice(double level) implements PeerMessage {}

    /**
     * A raised hand. Without {@code of}: the sender's own hand went up or down (sent on every channel when it
     * changes, and once when a channel opens while it is up). With {@code of}: the host lowers that participant's hand
     * ({@code raised} is then false); a receiver accepts it only from the host.
     */
    record Hand(boolean raised, String of) implements PeerMessage {}
}
