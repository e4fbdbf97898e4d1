package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.server.security.Secrets;
import dev.coms.server.tickets.Grant;
import dev.coms.server.tickets.TicketRegistry;
import io.helidon.common.uri.UriQuery;
import java.lang.System.Logger.Level;

/**
 * Decides, at the WebSocket upgrade (or at the first message, for a resume sent in it), who may enter a room:
 * redeems tickets, checks the stored meeting (live, not ended, caller not banned, room not locked) and resume tokens,
 * and reserves the seat. Every read of the stored meetings is bounded ({@link GuardedRules}). Thread-safe; called on
 * upgrading threads.
 */
final class Doorkeeper {

    private static final System.Logger log = System.getLogger(Doorkeeper.class.getName());
    private static final String PATH_PREFIX = "/ws/rooms/";

    /**
     * A connection admitted: its seat, whether it resumed one, and the resume secret to hand out; or, for a
     * connection opened without a query, only the meeting (the seat comes with its first message, a Resume).
     */
    record Admission(String meetingId, Member member, boolean resumed, String resumeToken) {
        static Admission awaitingResume(String meetingId) {
            return new Admission(meetingId, null, false, null);
        }
    }

    private final RoomRegistry registry;
    private final TicketRegistry tickets;
    private final GuardedRules rules;

    Doorkeeper(RoomRegistry registry, TicketRegistry tickets, GuardedRules rules) {
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
            // Deprecated: the token ends up in access logs. Kept while desktop clients still send it.
            return resume(meetingId, query.get("resume"));
        }
        if (!query.contains("ticket") && query.isEmpty()) {
            return Admission.awaitingResume(meetingId);
        }
        String ticket = query.contains("ticket") ? query.get("ticket") : "";
        Grant grant = tickets.redeem(ticket, meetingId).orElseThrow(RoomRefusal::badTicket);
        // What this server decided itself is known without the database, so it holds even while that is out.
        if (registry.writes().hasEnded(meetingId)) {
            throw RoomRefusal.ended();
        }
        if (!grant.host()
                && BanKeys.hard(grant).stream().anyMatch(k -> registry.writes().isBanned(meetingId, k))) {
            throw RoomRefusal.banned();
        }
        MeetingView view = checkMeeting(meetingId, grant.host());
        boolean mustKnock = checkBans(meetingId, grant);
        String resumeToken = Secrets.newToken();
        Member member = registry.reserveSeat(meetingId, grant, Secrets.hash(resumeToken), view, mustKnock);
        return new Admission(meetingId, member, false, resumeToken);
    }

    /**
     * Resumes the seat of {@code token}. Refused when the seat's connection proves it is alive (it answers a ping
     * within {@link RoomSettings#resumeProbe()}): a stolen token cannot push its owner out. The token is replaced by a
     * new one (handed out in Welcome); the old one no longer works.
     */
    Admission resume(String meetingId, String token) throws RoomRefusal {
        Member member = token == null || token.isEmpty() ? null : registry.memberByResumeToken(token);
        if (member == null || !member.room.meetingId.equals(meetingId)) {
            throw RoomRefusal.badResume();
        }
        if (!member.room.holds(member)) {
            throw registry.writes().hasEnded(meetingId) ? RoomRefusal.ended() : RoomRefusal.badResume();
        }
        RoomConnection current = member.room.connectionOf(member);
        if (current != null && current.answersProbe(registry.settings().resumeProbe())) {
            log.log(
                    Level.INFO,
                    "Refused a resume of participant {0} in {1}: its connection is alive",
                    member.id,
                    meetingId);
            throw RoomRefusal.seatInUse();
        }
        String newToken = Secrets.newToken();
        if (!member.room.rotate(member, Secrets.hash(token), Secrets.hash(newToken))) {
            throw RoomRefusal.badResume();
        }
        return new Admission(meetingId, member, true, newToken);
    }

    /**
     * @param host a host's ticket may open a room before the start: the meetings service issued it only inside the
     *     early window ({@code coms.meetings.host-early})
     */
    private MeetingView checkMeeting(String meetingId, boolean host) throws RoomRefusal {
        MeetingView view = rules.meeting(meetingId).orElseThrow(RoomRefusal::noMeeting);
        if (view.state() == MeetingState.ENDED || view.state() == MeetingState.CANCELLED) {
            throw RoomRefusal.ended();
        }
        if (view.state() == MeetingState.SCHEDULED && !host) {
            throw RoomRefusal.notLive();
        }
        return view;
    }

    /** Refuses a banned identity, account or device; true when a guest comes from a banned address (must knock). */
    private boolean checkBans(String meetingId, Grant grant) throws RoomRefusal {
        if (grant.host()) {
            return false;
        }
        for (String key : BanKeys.hard(grant)) {
            if (registry.writes().isBanned(meetingId, key) || rules.isBanned(meetingId, key)) {
                throw RoomRefusal.banned();
            }
        }
        if (!grant.guest()) {
            return false;
        }
        for (String key : BanKeys.soft(grant)) {
            if (registry.writes().isBanned(meetingId, key) || rules.isBanned(meetingId, key)) {
                return true;
            }
        }
        return false;
    }

    private static String meetingId(String path) {
        if (!path.startsWith(PATH_PREFIX)) {
            return null;
        }
        String id = path.substring(PATH_PREFIX.length());
        return id.isEmpty() || id.contains("/") ? null : id;
    }
}
