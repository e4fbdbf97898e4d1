package dev.coms.client.ui.room;

import dev.coms.client.ui.UiExecutor;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The People panel: everyone in the room with their microphone, camera and share state, the host marked, raised
 * hands on top; the count; and a short notice when someone joins or leaves (seen, not only heard). FX thread.
 */
public final class PeopleViewModel {

    /** How long a joined / left notice stays. */
    public static final Duration NOTICE_TIME = Duration.ofSeconds(4);

    private final UiExecutor ui;
    private final ReadOnlyListWrapper<Person> people = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private AutoCloseable noticeTimer;
    private long hands;

    PeopleViewModel(UiExecutor ui) {
        this.ui = ui;
    }

    /** Raised hands first (in the order they went up), then the host, then the user, then by name. */
    public ReadOnlyListProperty<Person> peopleProperty() {
        return people.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Counts every change of someone's state, so a View can redraw the rows. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** "Bob joined" / "Bob left" for a few seconds; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void toggle() {
        open.set(!open.get());
    }

    Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    void self(String id, String name, boolean host, boolean mic, boolean camera) {
        Person me = new Person(id, name, true);
        me.update(new Participant(id, name, host, mic, camera, false));
        people.add(me);
        resort();
    }

    void joined(Participant p) {
        if (person(p.id()).isEmpty()) {
            people.add(new Person(p.id(), p.displayName(), false));
            say(p.displayName() + (p.host() ? " (host)" : "") + " joined");
        }
        updated(p);
    }

    void updated(Participant p) {
        person(p.id()).ifPresent(person -> person.update(p));
        resort();
    }

    void hand(String id, boolean raised) {
        person(id).ifPresent(p -> {
            if (p.handProperty().get() != raised) {
                p.hand(raised, ++hands);
                if (raised && !p.self()) {
                    say(p.name() + " raised their hand");
                }
            }
        });
        resort();
    }

    void media(String id, boolean mic, boolean camera) {
        if (id != null) {
            person(id).ifPresent(p -> p.media(mic, camera));
            changes.set(changes.get() + 1);
        }
    }

    void left(String id, LeaveReason reason) {
        person(id).ifPresent(p -> {
            people.remove(p);
            say(p.name()
                    + switch (reason) {
                        case EXPELLED -> " was removed by the host";
                        case DROPPED -> " lost the connection";
                        default -> " left";
                    });
        });
        count.set(people.size());
    }

    void resort() {
        FXCollections.sort(
                people,
                Comparator.comparingLong((Person p) -> p.handSince() == 0 ? Long.MAX_VALUE : p.handSince())
                        .thenComparing(p -> !p.hostProperty().get())
                        .thenComparing(p -> !p.self())
                        .thenComparing(p -> p.name().toLowerCase(java.util.Locale.ROOT)));
        count.set(people.size());
        changes.set(changes.get() + 1);
    }

    private void say(String text) {
        notice.set(text);
        if (noticeTimer != null) {
            try {
                noticeTimer.close();
            } catch (Exception ignored) {
                // a timer stops without failing
            }
        }
        noticeTimer = ui.after(NOTICE_TIME, () -> notice.set(""));
    }
}
