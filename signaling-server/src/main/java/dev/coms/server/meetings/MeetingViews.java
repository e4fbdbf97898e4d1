package dev.coms.server.meetings;

import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.rooms.RoomPresence;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns stored meetings into what clients see: the state derived from the clock and the room, head counts, links,
 * and (for the host only) the passcode. Thread-safe.
 *
 * <p>A meeting neither cancelled nor ended is SCHEDULED before its start and LIVE from then on, until its host
 * leaves (the room reports the end) or, while nobody is in its room, {@code emptyExpiry} after its start: then it
 * counts as ENDED.
 */
public final class MeetingViews {

    private final URI publicUrl;
    private final Clock clock;
    private final Duration emptyExpiry;
    private final RoomPresence presence;
    private final PasscodeVault vault;

    public MeetingViews(URI publicUrl, Clock clock, Duration emptyExpiry, RoomPresence presence, PasscodeVault vault) {
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.emptyExpiry = emptyExpiry;
        this.presence = presence;
        this.vault = vault;
    }

    /** The state everyone sees now. */
    public MeetingState state(Meeting m, int participants) {
        return state(m, participants, clock.instant());
    }

    MeetingState state(Meeting m, int participants, Instant now) {
        if (m.stored() != MeetingState.SCHEDULED) {
            return m.stored();
        }
        if (presence.hasEnded(m.id())) {
            // Its room ended; the stored meeting learns it in the background (retried through a database outage).
            return MeetingState.ENDED;
        }
        if (now.isBefore(m.startsAt())) {
            return MeetingState.SCHEDULED;
        }
        if (participants == 0 && !now.isBefore(m.startsAt().plus(emptyExpiry))) {
            return MeetingState.ENDED;
        }
        return MeetingState.LIVE;
    }

    /** The public view: never the passcode. */
    public MeetingView view(Meeting m) {
        int participants = presence.participantCount(m.id());
        InviteLink link = new InviteLink(publicUrl, m.id(), null);
        return new MeetingView(
                m.id(),
                m.mode(),
                m.title(),
                m.topic(),
                m.hostName(),
                m.startsAt(),
                m.hostZone(),
                state(m, participants),
                participants,
                link.https(false),
                link.app(false));
    }

    /** The host's view: the public view plus the passcode and the links that carry it. */
    public HostMeetingView hostView(Meeting m) {
        String passcode = m.passcodeSealed() == null ? null : vault.open(m.id(), m.passcodeSealed());
        InviteLink link = new InviteLink(publicUrl, m.id(), passcode);
        return new HostMeetingView(view(m), passcode, link.https(true), link.app(true));
    }

    /** True when the meeting is SCHEDULED or LIVE now. */
    public boolean isActive(MeetingView view) {
        return view.state() == MeetingState.SCHEDULED || view.state() == MeetingState.LIVE;
    }
}
