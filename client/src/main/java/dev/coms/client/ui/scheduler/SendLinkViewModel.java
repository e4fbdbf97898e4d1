package dev.coms.client.ui.scheduler;

import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.AppServices;
import dev.coms.client.ui.TimeFormats;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.Invitation;
import dev.coms.protocol.rest.Invitation.Channel;
import dev.coms.protocol.rest.MeetingView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Send Link: a prepared invitation (title, topic, time in the host's zone and in UTC, link, passcode) the host may
 * edit, then send by email or SMS through the server, hand to the mail or SMS program, or copy. FX thread.
 */
public final class SendLinkViewModel {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private final AppServices services;
    private final HostMeetingView meeting;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.EMAIL);
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper serverEmail = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper serverSms = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper serverSends = new ReadOnlyBooleanWrapper();

    SendLinkViewModel(AppServices services, HostMeetingView meeting) {
        this.services = services;
        this.meeting = meeting;
        subject.set("Invitation: " + meeting.meeting().title());
        text.set(prepare(meeting));
        channel.addListener((o, old, now) -> updateSends());
        MeetingsPort api = services.api();
        services.ui()
                .run(
                        api::capabilities,
                        caps -> {
                            serverEmail.set(caps.emailInvitations());
                            serverSms.set(caps.smsInvitations());
                            updateSends();
                        },
                        e -> updateSends());
    }

    /** True when the server can mail invitations; otherwise email goes through the user's own mail app. */
    public ReadOnlyBooleanProperty serverEmailProperty() {
        return serverEmail.getReadOnlyProperty();
    }

    /** True when the server can send SMS; SMS is offered only then. */
    public ReadOnlyBooleanProperty serverSmsProperty() {
        return serverSms.getReadOnlyProperty();
    }

    /** True when the chosen channel can be sent by the server (so Send is offered). */
    public ReadOnlyBooleanProperty serverSendsProperty() {
        return serverSends.getReadOnlyProperty();
    }

    private void updateSends() {
        serverSends.set(channel.get() == Channel.EMAIL ? serverEmail.get() : serverSms.get());
    }

    /** The prepared invitation text. */
    static String prepare(HostMeetingView hm) {
        MeetingView m = hm.meeting();
        ZoneId hostZone = ZoneId.of(m.hostZone());
        StringBuilder out = new StringBuilder()
                .append("You are invited to the Coms meeting \u201c")
                .append(m.title())
                .append("\u201d.\n");
        if (m.topic() != null && !m.topic().isBlank()) {
            out.append("Topic: ").append(m.topic()).append('\n');
        }
        String utc = TimeFormats.dateTime(m.startsAt(), ZoneOffset.UTC);
        if (hostZone.getRules().getOffset(m.startsAt()).getTotalSeconds() == 0) {
            out.append("When: ").append(utc).append('\n');
        } else {
            out.append("When: ")
                    .append(TimeFormats.dateTime(m.startsAt(), hostZone))
                    .append(" (")
                    .append(hostZone)
                    .append(")\n      = ")
                    .append(utc)
                    .append('\n');
        }
        out.append("Join: ").append(hm.inviteLink()).append('\n');
        if (hm.passcode() != null) {
            out.append("Passcode: ").append(hm.passcode()).append('\n');
        }
        return out.toString();
    }

    public String title() {
        return meeting.meeting().title();
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    /** An email address, or a phone number in international form (+4915123456789). */
    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    /** The invitation as the host edits it. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Has the server deliver the invitation by email or SMS. */
    public void send() {
        String to = recipient.get() == null ? "" : recipient.get().trim();
        if (!validRecipient(to)) {
            return;
        }
        MeetingsPort api = services.api();
        Invitation invitation = new Invitation(channel.get(), to, subject.get(), text.get());
        busy.set(true);
        message.set("");
        services.ui()
                .run(
                        () -> {
                            api.sendInvitation(meeting.meeting().id(), invitation);
                            return null;
                        },
                        ignored -> {
                            busy.set(false);
                            message.set("Invitation sent to " + to + ".");
                        },
                        e -> {
                            busy.set(false);
                            message.set(e.getMessage());
                        });
    }

    /** Hands the invitation to the user's own mail or SMS program. */
    public void openInOwnApp() {
        String to = recipient.get() == null ? "" : recipient.get().trim();
        String uri = channel.get() == Channel.EMAIL
                ? "mailto:" + encode(to) + "?subject=" + encode(subject.get()) + "&body=" + encode(text.get())
                : "sms:" + encode(to) + "?body=" + encode(text.get());
        services.desktop().open(URI.create(uri));
    }

    public void copyText() {
        services.desktop().copy(text.get());
        message.set("Invitation copied.");
    }

    private boolean validRecipient(String to) {
        if (channel.get() == Channel.EMAIL && !EMAIL.matcher(to).matches()) {
            message.set("Enter an email address, for example ada@example.org.");
            return false;
        }
        if (channel.get() == Channel.SMS && !PHONE.matcher(to.replace(" ", "")).matches()) {
            message.set("Enter the phone number in international form, for example +4915123456789.");
            return false;
        }
        return true;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
