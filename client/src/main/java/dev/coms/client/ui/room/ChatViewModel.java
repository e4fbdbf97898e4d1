package dev.coms.client.ui.room;

import dev.coms.client.ui.TimeFormats;
import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.Chime;
import dev.coms.client.ui.port.DesktopPort;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;

/**
 * The messenger: the messages with sender and time, who the next one goes to, the unread badge, and whether the
 * list follows new messages (it stops while the user reads further up, and counts what arrived below). FX thread.
 */
public final class ChatViewModel {

    /** A chat recipient: everyone (participantId null) or one person. */
    public record Recipient(String participantId, String name) {
        public static final Recipient EVERYONE = new Recipient(null, "Everyone");

        @Override
        public String toString() {
            return name;
        }
    }

    private final CallPort call;
    private final Clock clock;
    private final DesktopPort desktop;
    private final Consumer<Chime> chimes;
    private final ReadOnlyListWrapper<ChatLine> lines = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Recipient> recipients =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList(Recipient.EVERYONE));
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>(Recipient.EVERYONE);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper newBelow = new ReadOnlyIntegerWrapper();

    ChatViewModel(CallPort call, Clock clock, DesktopPort desktop, Consumer<Chime> chimes) {
        this.call = call;
        this.clock = clock;
        this.desktop = desktop;
        this.chimes = chimes;
    }

    public ReadOnlyListProperty<ChatLine> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Recipient> recipientsProperty() {
        return recipients.getReadOnlyProperty();
    }

    /** Who the next message goes to. */
    public ObjectProperty<Recipient> recipientProperty() {
        return recipient;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Messages received while the messenger was closed. */
    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    /** True while the list shows the newest message and should scroll to each new one. */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** Messages that arrived below while the user read further up. */
    public ReadOnlyIntegerProperty newBelowProperty() {
        return newBelow.getReadOnlyProperty();
    }

    public void toggle() {
        open.set(!open.get());
        if (open.get()) {
            unread.set(0);
        }
    }

    /** The View reports whether the newest message is in view (the user scrolled up, or back down). */
    public void follow(boolean atNewest) {
        following.set(atNewest);
        if (atNewest) {
            newBelow.set(0);
        }
    }

    /** Sends {@code text} to the chosen recipient. */
    public void send(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Recipient to = recipient.get() == null ? Recipient.EVERYONE : recipient.get();
        call.sendChat(to.participantId(), text.strip());
        add(new ChatLine("You", to.participantId() == null ? null : to.name(), text.strip(), now(), true));
        follow(true);
    }

    /** Opens a link from a message in the user's browser. */
    public void openLink(URI link) {
        desktop.open(link);
    }

    /** Copies a link from a message. */
    public void copyLink(URI link) {
        desktop.copy(link.toString());
    }

    /** Copies messages (heading, time, text; one per line) to the clipboard. */
    public void copy(List<ChatLine> chosen) {
        if (!chosen.isEmpty()) {
            desktop.copy(chosen.stream().map(ChatLine::copyText).collect(Collectors.joining("\n")));
        }
    }

    void received(String fromId, String text, boolean privately) {
        add(new ChatLine(nameOf(fromId), privately ? "you" : null, text, now(), false));
        if (!open.get()) {
            unread.set(unread.get() + 1);
            chimes.accept(Chime.CHAT);
        }
    }

    void personJoined(String id, String name) {
        recipients.add(new Recipient(id, name));
    }

    void personLeft(String id) {
        recipients.removeIf(r -> id.equals(r.participantId()));
        if (recipient.get() == null || id.equals(recipient.get().participantId())) {
            recipient.set(Recipient.EVERYONE);
        }
    }

    private void add(ChatLine line) {
        lines.add(line);
        if (!following.get()) {
            newBelow.set(newBelow.get() + 1);
        }
    }

    private String nameOf(String id) {
        return recipients.stream()
                .filter(r -> id.equals(r.participantId()))
                .map(Recipient::name)
                .findFirst()
                .orElse("Someone");
    }

    private String now() {
        return TimeFormats.time(clock.instant(), clock.getZone());
    }
}
