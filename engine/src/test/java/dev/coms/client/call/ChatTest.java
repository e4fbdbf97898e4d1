package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.peer.ChatMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Chat bookkeeping without peers: ordering, dedupe, the history a newcomer gets, and hostile payloads. */
class ChatTest {

    private static ChatMessage message(String id, String to, int second) {
        return new ChatMessage(id, "p1", "Ann", to, "text " + id, Instant.ofEpochSecond(1_000 + second));
    }

    @Test
    void logOrdersBySendingTimeAndIgnoresRepeats() {
        ChatLog log = new ChatLog(10);
        assertThat(log.add(message("b", null, 2))).isTrue();
        assertThat(log.add(message("a", null, 1))).isTrue();
        assertThat(log.add(message("b", null, 2))).isFalse();
        assertThat(log.all()).extracting(ChatMessage::id).containsExactly("a", "b");
    }

    @Test
    void historyForNewcomersHoldsOnlyRecentPublicMessages() {
        ChatLog log = new ChatLog(3);
        log.add(message("1", null, 1));
        log.add(message("2", "p9", 2));
        log.add(message("3", null, 3));
        log.add(message("4", null, 4));
        assertThat(log.all()).extracting(ChatMessage::id).containsExactly("2", "3", "4");
        assertThat(log.recentPublic(1)).extracting(ChatMessage::id).containsExactly("4");
        assertThat(log.recentPublic(10)).extracting(ChatMessage::id).containsExactly("3", "4");
    }
}
