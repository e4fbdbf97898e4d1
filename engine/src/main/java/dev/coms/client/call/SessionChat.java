package dev.coms.client.call;

import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.PeerCodec;
import dev.coms.protocol.peer.PeerMessage;
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
    private final ChatLog seen;
    private final PeerCodec codec = new PeerCodec();
    private final BiConsumer<String, Double> voiceHeard;
    private boolean handUp;

    /** @param voiceHeard receives a peer's voice level reports (peer id, level) */
    SessionChat(
            CallConfig config,
            Roster roster,
            Map<String, PeerLink> links,
            CallListener listener,
            BiConsumer<String, Double> voiceHeard) {
        this.config = config;
        this.roster = roster;
        this.links = links;
        this.listener = listener;
        this.voiceHeard = voiceHeard;
        this.seen = new ChatLog(config.chatHistory());
    }

    /** Sends to everyone ({@code to} null) or to one participant. */
    ChatMessage send(String text, String to) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > ChatMessage.MAX_TEXT) {
            throw new ChatRejectedException(
                    ChatRejectedException.Reason.LENGTH,
                    "A message needs between 1 and " + ChatMessage.MAX_TEXT + " characters");
        }
        if (to != null && !links.containsKey(to)) {
            throw new ChatRejectedException(ChatRejectedException.Reason.RECIPIENT_GONE, "Recipient " + to + " left");
        }
        String self = roster.selfId();
        ChatMessage message = new ChatMessage(
                UUID.randomUUID().toString(),
                self,
                roster.nameOf(self),
                to,
                trimmed,
                config.clock().instant());
        byte[] payload = codec.encode(new PeerMessage.Say(message));
        if (to == null) {
            links.values().forEach(link -> link.sendChat(payload));
        } else {
            links.get(to).sendChat(payload);
        }
        if (seen.add(message)) {
            listener.onChat(message);
        }
        return message;
    }

    void received(String peerId, byte[] payload) {
        Optional<PeerMessage> decoded = codec.decode(payload);
        if (decoded.isEmpty()) {
            log.warn(
                    "Ignored a data-channel message from {} that is not one of the peer contract ({} bytes)",
                    peerId,
                    payload.length);
            return;
        }
        switch (decoded.get()) {
            case PeerMessage.Say say -> accept(sanitize(say.message(), peerId));
            case PeerMessage.History history -> {
                history.messages().stream()
                        .limit(config.chatHistory())
                        .filter(m -> m != null && m.isWellFormed() && !m.isPrivate())
                        .forEach(this::accept);
            }
            case PeerMessage.Voice voice -> voiceHeard.accept(peerId, voice.level());
            case PeerMessage.Hand hand -> hand(peerId, hand);
        }
    }

    void opened(String peerId) {
        List<ChatMessage> recent = seen.recentPublic(config.chatHistory());
        PeerLink link = links.get(peerId);
        if (!recent.isEmpty() && link != null) {
            link.sendChat(codec.encode(new PeerMessage.History(recent)));
        }
        if (handUp && link != null) {
            link.sendChat(codec.encode(new PeerMessage.Hand(true, null)));
        }
    }

    /** Raises or lowers the own hand, on every channel. */
    void setHand(boolean raised) {
        handUp = raised;
        byte[] payload = codec.encode(new PeerMessage.Hand(raised, null));
        links.values().forEach(link -> link.sendChat(payload));
        listener.onHand(roster.selfId(), raised);
    }

    /** Host: lowers someone else's hand for everyone. */
    void lowerHand(String participantId) {
        if (participantId.equals(roster.selfId())) {
            setHand(false);
            return;
        }
        byte[] payload = codec.encode(new PeerMessage.Hand(false, participantId));
        links.values().forEach(link -> link.sendChat(payload));
        listener.onHand(participantId, false);
    }

    private void hand(String peerId, PeerMessage.Hand hand) {
        if (hand.of() == null) {
            listener.onHand(peerId, hand.raised());
        } else if (roster.isHost(peerId)) {
            if (hand.of().equals(roster.selfId())) {
                handUp = false;
            }
            listener.onHand(hand.of(), false);
        } else {
            log.warn("Ignored a lowered hand from {}, who is not the host", peerId);
        }
    }

    List<ChatMessage> log() {
        return seen.all();
    }

    private ChatMessage sanitize(ChatMessage claimed, String peerId) {
        if (claimed == null || !claimed.isWellFormed()) {
            return null;
        }
        if (claimed.to() != null && !claimed.to().equals(roster.selfId())) {
            log.warn("Dropped a private message from {} addressed to someone else", peerId);
            return null;
        }
        return new ChatMessage(
                claimed.id(), peerId, roster.nameOf(peerId), claimed.to(), claimed.text(), claimed.sentAt());
    }

    private void accept(ChatMessage message) {
        if (message != null && seen.add(message)) {
            listener.onChat(message);
        }
    }
}
