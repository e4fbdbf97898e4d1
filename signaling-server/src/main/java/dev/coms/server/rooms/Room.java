package dev.coms.server.rooms;

import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.signal.CloseCode;
import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.signal.SignalCodec;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.server.tickets.Grant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live room of one meeting and its rules: roster, relays, host leaving and returning, expel, resume.
 *
 * <p>Threading: every method takes the room's lock; connections call in from their own threads, the sweeper from
 * its thread. Under the lock messages are only <em>queued</em> (never written), so the lock is held briefly.
 */
final class Room {

    final String meetingId;
    private final RoomRegistry registry;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private String hostId;
    private Instant hostGraceUntil;
    private boolean disposed;

    Room(String meetingId, RoomRegistry registry) {
        this.meetingId = meetingId;
        this.registry = registry;
    }

    /** Reserves a seat for a ticket holder; null when this room was disposed meanwhile (build a new one). */
    synchronized Member reserve(Grant grant, String resumeHash) throws RoomRefusal {
        if (disposed) {
            return null;
        }
        // The host's seat is kept free: guests fill at most capacity - 1 seats, and the host always gets in.
        long guests = members.values().stream()
                .filter(m -> !m.participant.host() && !m.identityKey.equals(grant.identityKey()))
                .count();
        if (!grant.host() && guests >= registry.settings().capacity() - 1) {
            throw RoomRefusal.full(registry.settings().capacity());
        }
        String id = registry.newParticipantId();
        var participant = new Participant(id, grant.displayName(), grant.host(), false, false, false);
        Member member = new Member(this, id, grant.identityKey(), resumeHash, participant);
        member.graceUntil = registry.now().plus(registry.settings().grace());
        members.put(id, member);
        return member;
    }

    /** True when {@code member} still holds its seat (so it may resume). */
    synchronized boolean holds(Member member) {
        return !disposed && members.get(member.id) == member;
    }

    /** A connection opened for a reserved or resumed seat: Welcome to it, ParticipantJoined to the others. */
    void attach(RoomConnection connection, Member member, boolean resumed, MeetingView view) {
        synchronized (this) {
            if (members.get(member.id) != member) {
                connection.send(new SignalMessage.Error(SignalErrorCode.GONE,
                        "You are no longer in this meeting.", null));
                connection.closeAfter(CloseCode.NORMAL, "gone");
                return;
            }
            RoomConnection previous = member.connection;
            member.connection = connection;
            member.graceUntil = null;
            if (previous != null) {
                previous.replaced();
            }
            boolean newcomer = !member.announced;
            if (newcomer) {
                replaceSameIdentity(member);
                member.announced = true;
                if (member.host()) {
                    hostId = member.id;
                }
            }
            var welcome = new SignalMessage.Welcome(member.id, null, roster(),
                    registry.iceServers(member.id), view, resumed, registry.now());
            connection.sendWelcome(welcome);
            if (newcomer) {
                broadcast(new SignalMessage.ParticipantJoined(member.participant), member);
            }
            if (member.id.equals(hostId) && hostGraceUntil != null) {
                hostGraceUntil = null;
                broadcast(new SignalMessage.HostReturned(member.id), member);
            }
        }
        registry.changed();
    }

    private void replaceSameIdentity(Member member) {
        for (Member other : List.copyOf(members.values())) {
            if (other != member && other.identityKey.equals(member.identityKey)) {
                if (other.connection != null) {
                    other.connection.replaced();
                    other.connection = null;
                }
                removeLocked(other, LeaveReason.DROPPED);
            }
        }
    }

    /** The connection ended: deliberately (Leave, normal close) or not (a drop, which starts the grace period). */
    void connectionEnded(RoomConnection connection, boolean deliberate) {
        synchronized (this) {
            Member member = connection.member();
            if (member.connection != connection || members.get(member.id) != member) {
                return;
            }
            member.connection = null;
            if (deliberate) {
                if (member.id.equals(hostId)) {
                    endLocked(EndReason.HOST_LEFT, "The host left; the meeting has ended.");
                } else {
                    removeLocked(member, LeaveReason.LEFT);
                }
            } else {
                member.graceUntil = registry.now().plus(registry.settings().grace());
                if (member.id.equals(hostId)) {
                    hostGraceUntil = member.graceUntil;
                    broadcast(new SignalMessage.HostReconnecting(hostGraceUntil), member);
                }
            }
        }
        registry.changed();
    }

    /** Relays an offer, answer or candidate to its addressee only, with the sender's id filled in. */
    synchronized void relay(RoomConnection from, SignalMessage.Relayed message) {
        Member sender = from.member();
        if (sender.connection != from) {
            return;
        }
        Member target = members.get(message.to());
        String type = SignalCodec.typeName(message);
        if (target == null || !target.announced || target == sender) {
            from.send(new SignalMessage.Error(SignalErrorCode.UNKNOWN_PARTICIPANT,
                    "No participant " + message.to() + " in this meeting.", type));
        } else if (target.connection == null) {
            from.send(new SignalMessage.Error(SignalErrorCode.PARTICIPANT_RECONNECTING,
                    "That participant is reconnecting; try again when they are back.", type));
        } else if (!target.connection.relayFrom(sender.id, message.withFrom(sender.id))) {
            from.send(new SignalMessage.Error(SignalErrorCode.SLOW_DOWN,
                    "That participant has not yet received what you sent before; send again in a moment.", type));
        }
    }

    /** A participant's microphone, camera or screen changed: everyone (the sender too) gets ParticipantUpdated. */
    synchronized void mediaState(RoomConnection from, SignalMessage.MediaState state) {
        Member member = from.member();
        if (member.connection != from) {
            return;
        }
        member.participant = member.participant.withMedia(state.micOn(), state.cameraOn(), state.screenSharing());
        broadcast(new SignalMessage.ParticipantUpdated(member.participant), null);
    }

    /** The host removes someone: Expelled to them, ParticipantLeft(EXPELLED) to the rest, and a ban. */
    void expel(RoomConnection from, SignalMessage.Expel expel) {
        synchronized (this) {
            Member host = from.member();
            if (host.connection != from) {
                return;
            }
            if (!host.id.equals(hostId)) {
                from.send(new SignalMessage.Error(SignalErrorCode.NOT_HOST,
                        "Only the host can remove participants.", "expel"));
                return;
            }
            Member target = members.get(expel.participantId());
            if (target == null || !target.announced) {
                from.send(new SignalMessage.Error(SignalErrorCode.UNKNOWN_PARTICIPANT,
                        "No participant " + expel.participantId() + " in this meeting.", "expel"));
                return;
            }
            if (target == host) {
                from.send(new SignalMessage.Error(SignalErrorCode.BAD_MESSAGE,
                        "The host cannot remove themselves.", "expel"));
                return;
            }
            // Stored before anyone is told (one INSERT), so the expelled cannot get a new ticket in between.
            registry.rules().ban(meetingId, target.identityKey);
            if (target.connection != null) {
                target.connection.send(new SignalMessage.Expelled("The host removed you from the meeting."));
                target.connection.closeAfter(CloseCode.NORMAL, "expelled");
                target.connection = null;
            }
            removeLocked(target, LeaveReason.EXPELLED);
        }
        registry.changed();
    }

    /** Ends the meeting for everyone (host left, host timed out, cancelled). */
    void end(EndReason reason, String message) {
        synchronized (this) {
            if (disposed) {
                return;
            }
            endLocked(reason, message);
        }
        registry.changed();
    }

    /** Drops idle or dead connections and gives up seats whose grace period is over. */
    void sweep(Instant now) {
        List<RoomConnection> lost = new ArrayList<>();
        synchronized (this) {
            for (Member m : List.copyOf(members.values())) {
                if (disposed) {
                    break;
                }
                if (m.connection != null) {
                    if (m.connection.isDead() || m.connection.idleSince().plus(registry.settings().idleTimeout())
                            .isBefore(now)) {
                        lost.add(m.connection);
                    }
                } else if (m.graceUntil != null && !now.isBefore(m.graceUntil)) {
                    if (m.id.equals(hostId)) {
                        endLocked(EndReason.HOST_TIMED_OUT, "The host did not return; the meeting has ended.");
                    } else {
                        removeLocked(m, LeaveReason.DROPPED);
                    }
                }
            }
        }
        for (RoomConnection c : lost) {
            c.dropIfLive("no sign of life");
        }
        registry.changed();
    }

    /** Participants in the roster (connected or within their grace period). */
    synchronized int participantCount() {
        return (int) members.values().stream().filter(m -> m.announced).count();
    }

    /**
     * Closes every connection with {@code code} and its reason text (server shutdown). The room is not ended: the
     * connections are detached first, so the closes that clients send back do not count as anyone leaving.
     */
    synchronized void closeAll(CloseCode code) {
        for (Member m : members.values()) {
            if (m.connection != null) {
                m.connection.closeAfter(code, code.reason());
                m.connection = null;
                m.graceUntil = registry.now().plus(registry.settings().grace());
            }
        }
    }

    private void endLocked(EndReason reason, String message) {
        disposed = true;
        // Recorded before anyone is told, so a participant who sees the end never finds the meeting still live.
        registry.roomEnded(this, reason);
        for (Member m : members.values()) {
            if (m.connection != null) {
                m.connection.send(new SignalMessage.MeetingEnded(reason, message));
                m.connection.closeAfter(CloseCode.NORMAL, "meeting ended");
                m.connection = null;
            }
            registry.forget(m);
        }
        members.clear();
    }

    private void removeLocked(Member member, LeaveReason reason) {
        members.remove(member.id);
        registry.forget(member);
        if (member.announced) {
            broadcast(new SignalMessage.ParticipantLeft(member.id, reason), member);
        }
        if (members.isEmpty()) {
            disposed = true;
            registry.roomEmptied(this);
        }
    }

    private List<Participant> roster() {
        return members.values().stream().filter(m -> m.announced).map(m -> m.participant).toList();
    }

    private void broadcast(SignalMessage message, Member except) {
        String json = registry.codec().encode(message);
        for (Member m : members.values()) {
            if (m != except && m.connection != null && m.announced) {
                m.connection.sendJson(json);
            }
        }
    }
}
