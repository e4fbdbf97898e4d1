package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.security.Secrets;
import dev.coms.server.tickets.Grant;
import dev.coms.server.tickets.TicketRegistry;
import io.helidon.common.uri.UriQuery;

/**
 * Decides, at the WebSocket upgrade, who may enter a room: redeems tickets, checks the stored meeting (live, not
 * ended, caller not banned) and resume tokens, and reserves the seat. Thread-safe; called on upgrading threads.
 */
final class Doorkeeper {

    private static final String PATH_PREFIX = "/ws/rooms/";

    /** A connection admitted at upgrade: its seat, whether it resumed one, and the resume secret to hand out. */
    record Admission(Member member, boolean resumed, String resumeToken) {}

    private final RoomRegistry registry;
    private final TicketRegistry tickets;
    private final MeetingRules rules;

    Doorkeeper(RoomRegistry registry, TicketRegistry tickets, MeetingRules rules) {
        this.registry = registry;
        this.tickets = tickets;
        this.rules = rules;
    }

    Admission admit(String path, UriQuery query) throws RoomRefusal {
        String meetingId = meetingId(path);
        if (meetingId == null) {
            throw RoomRefusal.noMeeting();
        }
        if (query.contains("resume")) {
            return resume(meetingId, query.get("resume"));
        }
        String ticket = query.contains("ticket") ? query.get("ticket") : "";
        Grant grant = tickets.redeem(ticket, meetingId).orElseThrow(RoomRefusal::badTicket);
        checkMeeting(meetingId, grant.identityKey(), grant.host());
        String resumeToken = Secrets.newToken();
        Member member = registry.reserveSeat(meetingId, grant, Secrets.hash(resumeToken));
        return new Admission(member, false, resumeToken);
    }

    private Admission resume(String meetingId, String token) throws RoomRefusal {
        Member member = token == null || token.isEmpty() ? null : registry.memberByResumeToken(token);
        if (member == null || !member.room.meetingId.equals(meetingId)) {
            throw RoomRefusal.badResume();
        }
        if (rules.isBanned(meetingId, member.identityKey)) {
            throw RoomRefusal.banned();
        }
        if (!member.room.holds(member)) {
            throw registry.hasEnded(meetingId) ? RoomRefusal.ended() : RoomRefusal.badResume();
        }
        return new Admission(member, true, token);
    }

    /**
     * @param host a host's ticket may open a room before the start: the meetings service issued it only inside the
     *     early window ({@code coms.meetings.host-early})
     */
    private void checkMeeting(String meetingId, String identityKey, boolean host) throws RoomRefusal {
        if (registry.hasEnded(meetingId)) {
            throw RoomRefusal.ended();
        }
        MeetingView view = rules.meeting(meetingId).orElseThrow(RoomRefusal::noMeeting);
        if (view.state() == MeetingState.ENDED || view.state() == MeetingState.CANCELLED) {
            throw RoomRefusal.ended();
        }
        if (view.state() == MeetingState.SCHEDULED && !host) {
            throw RoomRefusal.notLive();
        }
        if (rules.isBanned(meetingId, identityKey)) {
            throw RoomRefusal.banned();
        }
    }

    private static String meetingId(String path) {
        if (!path.startsWith(PATH_PREFIX)) {
            return null;
        }
        String id = path.substring(PATH_PREFIX.length());
        return id.isEmpty() || id.contains("/") ? null : id;
    }
}
