package dev.coms.client.ui;

import dev.coms.client.signaling.ComsApiException;
import dev.coms.client.signaling.MeetingsPort;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.session.UserSession;
import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.JoinRequest;
import dev.coms.protocol.rest.MeetingView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Asks a server for a join ticket as whoever uses Coms: with the bearer token when signed in to that server,
 * otherwise as a guest (display name and this device's id). Results arrive on the UI thread.
 */
public final class MeetingJoiner {

    private final AppServices services;

    /** How early a host may open their own room (the server's {@code coms.meetings.host-early}). */
    public static final Duration HOST_EARLY = Duration.ofMinutes(10);

    public MeetingJoiner(AppServices services) {
        this.services = services;
    }

    /**
     * The host's own Open: straight into the room as host (no card, no passcode) from {@link #HOST_EARLY} before the
     * start; earlier, {@code problem} gets one sentence saying from when.
     */
    public void openAsHost(HostMeetingView hosted, ZoneId zone, Consumer<RoomEntry> entered, Consumer<String> problem) {
        MeetingsPort api = services.api();
        Instant opens = hosted.meeting().startsAt().minus(HOST_EARLY);
        if (api.serverClock().instant().isBefore(opens)) {
            problem.accept("You can open \u201c" + hosted.meeting().title() + "\u201d from "
                    + TimeFormats.time(opens, zone) + ", 10 minutes before it starts.");
            return;
        }
        join(api, hosted.meeting(), null, true, entered, e -> problem.accept(e.getMessage()));
    }

    /**
     * @param passcode the passcode for private meetings, or null
     * @param host whether the user is this meeting's host (the room then offers Expel and ends on leave)
     */
    public void join(
            MeetingsPort api,
            MeetingView meeting,
            String passcode,
            boolean host,
            Consumer<RoomEntry> entered,
            Consumer<ComsApiException> failed) {
        UserSession session = services.session().orElseThrow();
        boolean signedInHere = session.host() && session.server().equals(api.server());
        GuestIdentity guest = signedInHere
                ? null
                : new GuestIdentity(
                        session.displayName(), services.preferences().deviceId());
        JoinRequest request = new JoinRequest(passcode == null || passcode.isBlank() ? null : passcode.trim(), guest);
        services.ui()
                .run(
                        () -> api.join(meeting.id(), request),
                        ticket -> entered.accept(
                                new RoomEntry(api.server(), meeting, ticket, host, session.displayName())),
                        failed);
    }
}
