package dev.coms.client.ui.room;

import static dev.coms.client.ui.testing.Fixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.ui.port.Chime;
import dev.coms.client.ui.room.RoomViewModelTest.RecordingCall;
import dev.coms.client.ui.testing.RecordingDesktop;
import dev.coms.protocol.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatViewModelTest {

    private final RecordingCall call = new RecordingCall();
    private final MutableClock clock = new MutableClock(NOW); // 09:00 UTC
    private final RecordingDesktop desktop = new RecordingDesktop();
    private final List<Chime> chimes = new ArrayList<>();
    private final ChatViewModel chat =
            new ChatViewModel(call, clock.withZone(ZoneId.of("Europe/Berlin")), desktop, chimes::add);

    @Test
    void messagesShowSenderAndLocalTime() {
        chat.personJoined("p2", "Bob");
        chat.received("p2", "hello", false);
        clock.advance(Duration.ofMinutes(5));
        chat.send("hi Bob");
        assertThat(chat.linesProperty())
                .extracting(ChatLine::heading, ChatLine::time)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bob", "10:00"),
                        org.assertj.core.groups.Tuple.tuple("You", "10:05"));
        assertThat(call.calls).contains("chat null hi Bob");
    }

    @Test
    void privateMessagesSayWhoSeesThem() {
        chat.personJoined("p2", "Bob");
        chat.received("p2", "psst", true);
        chat.recipientProperty().set(chat.recipientsProperty().get(1));
        chat.send("back to you");
        assertThat(chat.linesProperty()).allMatch(ChatLine::privately);
        assertThat(chat.linesProperty()).extracting(ChatLine::heading).containsExactly("Bob → you", "You → Bob");
        assertThat(chat.linesProperty().getFirst().copyText()).isEqualTo("Bob → you (private), 10:00: psst");
    }

    @Test
    void linksInATextOpenInTheBrowser() {
        chat.personJoined("p2", "Bob");
        chat.received("p2", "Slides: https://example.org/deck?p=2, and notes.", false);
        List<ChatLine.Part> parts = chat.linesProperty().getFirst().parts();
        assertThat(parts)
                .extracting(ChatLine.Part::text)
                .containsExactly("Slides: ", "https://example.org/deck?p=2", ", and notes.");
        chat.openLink(parts.get(1).link());
        assertThat(desktop.opened).containsExactly(URI.create("https://example.org/deck?p=2"));
    }

    @Test
    void copyingPutsTheChosenMessagesOnTheClipboard() {
        chat.personJoined("p2", "Bob");
        chat.received("p2", "one", false);
        chat.received("p2", "two", false);
        chat.copy(chat.linesProperty());
        assertThat(desktop.clipboard).isEqualTo("Bob, 10:00: one\nBob, 10:00: two");
    }

    @Test
    void whileTheUserReadsFurtherUpNewMessagesAreCountedNotJumpedTo() {
        chat.personJoined("p2", "Bob");
        chat.received("p2", "one", false);
        assertThat(chat.followingProperty().get()).isTrue();
        chat.follow(false);
        chat.received("p2", "two", false);
        chat.received("p2", "three", false);
        assertThat(chat.newBelowProperty().get()).isEqualTo(2);
        chat.follow(true);
        assertThat(chat.newBelowProperty().get()).isZero();

        chat.follow(false);
        chat.send("my own message brings me down");
        assertThat(chat.followingProperty().get()).isTrue();
        assertThat(chat.newBelowProperty().get()).isZero();
    }

    @Test
    void theBadgeCountsOnlyWhileTheMessengerIsClosed() {
        chat.personJoined("p2", "Bob");
        chat.received("p2", "one", false);
        assertThat(chat.unreadProperty().get()).isEqualTo(1);
        assertThat(chimes).containsExactly(Chime.CHAT);
        chat.toggle();
        assertThat(chat.unreadProperty().get()).isZero();
        chat.received("p2", "two", false);
        assertThat(chat.unreadProperty().get()).isZero();
    }
}
