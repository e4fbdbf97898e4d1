package dev.coms.client.call;

import dev.coms.protocol.peer.ChatMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages this participant has seen, deduplicated by id and kept in sending-time order; only the most
 * recent {@code capacity} are kept. Not thread-safe: owned by the session thread.
 */
final class ChatLog {

    private static final Comparator<ChatMessage> ORDER =
            Comparator.comparing(ChatMessage::sentAt).thenComparing(ChatMessage::id);

    private final int capacity;
    private final Map<String, ChatMessage> byId = new LinkedHashMap<>();

    ChatLog(int capacity) {
        this.capacity = capacity;
    }

    /** Adds a message; returns false when it was already known. */
    boolean add(ChatMessage message) {
        if (byId.putIfAbsent(message.id(), message) != null) {
            return false;
        }
        if (byId.size() > capacity) {
            ChatMessage oldest = byId.values().stream().min(ORDER).orElseThrow();
            byId.remove(oldest.id());
            return oldest != message;
        }
        return true;
    }

    /** Every kept message, oldest first. */
    List<ChatMessage> all() {
        List<ChatMessage> list = new ArrayList<>(byId.values());
        list.sort(ORDER);
        return list;
    }

    /** The latest {@code limit} messages addressed to everyone, oldest first (private ones never leave). */
    List<ChatMessage> recentPublic(int limit) {
        List<ChatMessage> open = all().stream().filter(m -> !m.isPrivate()).toList();
        return open.subList(Math.max(0, open.size() - limit), open.size());
    }
}
