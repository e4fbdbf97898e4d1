package dev.coms.client.call;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session's chat: sends over the peer links' data channels, accepts what peers send (the sender is the link
 * it came on, never what the payload claims), hands recent public history to a peer when its channel opens, and
 * dedupes history arriving from several peers. Confined to the session thread.
 */
final class SessionChat {

    private static final Logger log = LoggerFactory.getLogger(SessionChat.class);

    private final CallConfig config;
    private final Roster roster;
    private final Map<String, PeerLink> links;
    private final CallListener listener;
    private final ChatLog log_;
    private final ChatWire.Codec codec = new ChatWire.Codec();
    private final BiConsumer<String, Double> voiceHeard;

    /** @param voiceHeard receives a peer's voice level reports (peer id, level) */
    SessionChat(CallConfig config, Roster roster, Map<String, PeerLink> links, CallListener listener,
            BiConsumer<String, Double> voiceHeard) {
        this.config = config;
        this.roster = roster;
        this.links = links;
        this.listener = listener;
        this.voiceHeard = voiceHeard;
        this.log_ = new ChatLog(config.chatHistory());
    }

    /** Sends to everyone ({@code to} null) or to one participant. */
    ChatMessage send(String text, String to) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > ChatMessage.MAX_TEXT) {
            throw new IllegalArgumentException(
                    "A message needs between 1 and " + ChatMessage.MAX_TEXT + " characters.");
        }
        if (to != null && !links.containsKey(to)) {
            throw new IllegalArgumentException("That participant is no longer in the meeting.");
        }
        String self = roster.selfId();
        ChatMessage message = new ChatMessage(UUID.randomUUID().toString(), self, roster.nameOf(self), to, trimmed,
                config.clock().instant());
        byte[] payload = codec.encode(new ChatWire.Say(message));
        if (to == null) {
            links.values().forEach(link -> link.sendChat(payload));
        } else {
            links.get(to).sendChat(payload);
        }
        if (log_.add(message)) {
            listener.onChat(message);
        }
        return message;
    }

    void received(String peerId, byte[] payload) {
        Optional<ChatWire> decoded = codec.decode(payload);
        if (decoded.isEmpty()) {
            return;
        }
        switch (decoded.get()) {
            case ChatWire.Say say -> accept(sanitize(say.message(), peerId));
            case ChatWire.History history -> {
                List<ChatMessage> messages = history.messages() == null ? List.of() : history.messages();
                messages.stream().limit(config.chatHistory())
                        .filter(m -> valid(m) && !m.isPrivate())
                        .forEach(this::accept);
            }
            case ChatWire.Voice voice -> voiceHeard.accept(peerId, voice.level());
        }
    }

    void opened(String peerId) {
        List<ChatMessage> recent = log_.recentPublic(config.chatHistory());
        PeerLink link = links.get(peerId);
        if (!recent.isEmpty() && link != null) {
            link.sendChat(codec.encode(new ChatWire.History(recent)));
        }
    }

    List<ChatMessage> log() {
        return log_.all();
    }

    private ChatMessage sanitize(ChatMessage claimed, String peerId) {
        if (!valid(claimed)) {
            return null;
        }
        if (claimed.to() != null && !claimed.to().equals(roster.selfId())) {
            log.warn("Dropped a private message from {} addressed to someone else", peerId);
            return null;
        }
        return new ChatMessage(claimed.id(), peerId, roster.nameOf(peerId), claimed.to(), claimed.text(),
                claimed.sentAt());
    }

    private static boolean valid(ChatMessage m) {
        return m != null && m.id() != null && m.from() != null && m.text() != null && m.sentAt() != null
                && !m.text().isBlank() && m.text().length() <= ChatMessage.MAX_TEXT && m.id().length() <= 64;
    }

    private void accept(ChatMessage message) {
        if (message != null && log_.add(message)) {
            listener.onChat(message);
        }
    }
}
