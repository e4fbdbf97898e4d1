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
 * The live room of one meeting and its rules: roster, relays, host leaving and returning, resume. What only the host
 * does (expel, lock, waiting room) is in {@link HostDesk}, under this room's lock too.
 *
 * <p>Threading: every method takes the room's lock; connections call in from their own threads, the sweeper from
 * its thread. Under the lock messages are only <em>queued</em> (never written) and nothing waits for the database
 * (bans and ends go to {@link WriteBehind}), so the lock is held briefly.
 */
final class Room {

    final String meetingId;
    final RoomRegistry registry;
    final Map<String, Member> members = new LinkedHashMap<>();
    final HostDesk desk = new HostDesk(this);
    String hostId;
    private Instant hostGraceUntil;
    boolean disposed;
    /** No one new may enter (the host may). */
    boolean locked;
    /** Newcomers other than the host wait until the host admits them. */
    boolean waitingRoom;
    /** The meeting as last read at an admission: handed out in Welcome, so no Welcome waits for the database. */
    private MeetingView view;

    Room(String meetingId, RoomRegistry registry) {
        this.meetingId = meetingId;
        this.registry = registry;
        // After any expel in this meeting the waiting room starts on, even in a room opened again later.
        this.waitingRoom = registry.writes().anyBans(meetingId);
    }

    /**
     * Reserves a seat for a ticket holder; null when this room was disposed meanwhile (build a new one).
     *
     * @param mustKnock the newcomer waits for the host even with the waiting room off (a guest from a banned address)
     */
    synchronized Member reserve(Grant grant, String resumeHash, MeetingView seen, boolean mustKnock)
            throws RoomRefusal {
        if (disposed) {
            return null;
        }
        if (seen != null) {
            view = seen;
        }
        if (locked && !grant.host()) {
            throw RoomRefusal.locked();
        }
        // The host's seat is kept free: guests fill at most capacity - 1 seats, and the host always gets in.
        // Those waiting to be admitted have no seat yet; at most as many as the room holds may wait.
        long guests = members.values().stream()
                .filter(m -> !m.participant.host() && !m.waiting && !m.identityKey.equals(grant.identityKey()))
                .count();
        long waiting = members.values().stream().filter(m -> m.waiting).count();
        boolean waits = !grant.host() && (waitingRoom || mustKnock);
        int capacity = registry.settings().capacity();
        if (!grant.host() && (waits ? waiting >= capacity : guests >= capacity - 1)) {
            throw RoomRefusal.full(capacity);
        }
        String id = registry.newParticipantId();
        var participant = new Participant(id, grant.displayName(), grant.host(), false, false, false);
        Member member = new Member(this, id, grant, resumeHash, participant);
        member.graceUntil = registry.now().plus(registry.settings().grace());
        member.waiting = waits;
        member.mustKnock = mustKnock && !grant.host();
        members.put(id, member);
        return member;
    }

    /** The meeting as last seen at an admission (null before the first). */
    synchronized MeetingView view() {
        return view;
    }

    /** The live connection of a seat, or null. */
    synchronized RoomConnection connectionOf(Member member) {
        return members.get(member.id) == member ? member.connection : null;
    }

    /** Gives the seat a new resume token (hash); false when another resume took it first or the seat is gone. */
    synchronized boolean rotate(Member member, String expectedHash, String newHash) {
        if (disposed || members.get(member.id) != member || !member.resumeHash.equals(expectedHash)) {
            return false;
        }
        registry.rehash(member, newHash);
        return true;
    }

    /** True when the host locked this room. */
    synchronized boolean isLocked() {
        return locked;
    }

    /** True while the member waits for the host to let them in. */
    synchronized boolean isWaiting(Member member) {
        return member.waiting;
    }

    /** True when {@code member} still holds its seat (so it may resume). */
    synchronized boolean holds(Member member) {
        return !disposed && members.get(member.id) == member;
    }

    /**
     * A connection opened for a reserved or resumed seat: Welcome to it, ParticipantJoined to the others; or, for a
     * newcomer who must wait, Waiting to it and Knocking to the host.
     */
    void attach(RoomConnection connection, Member member, boolean resumed) {
        synchronized (this) {
            if (members.get(member.id) != member) {
                connection.send(
                        new SignalMessage.Error(SignalErrorCode.GONE, "You are no longer in this meeting.", null));
                connection.closeAfter(CloseCode.NORMAL, "gone");
                return;
            }
            RoomConnection previous = member.connection;
            member.connection = connection;
            member.graceUntil = null;
            if (previous != null) {
                previous.replaced();
            }
            if (member.waiting) {
                connection.send(new SignalMessage.Waiting("The host will let you in shortly."));
                desk.knock(member);
                return;
            }
            welcomeLocked(member, resumed);
        }
        registry.changed();
    }

    /** Welcome to a member entering (newly or again), RoomState after it, ParticipantJoined to the others. */
    void welcomeLocked(Member member, boolean resumed) {
        boolean newcomer = !member.announced;
        if (newcomer) {
            replaceSameIdentity(member);
            member.announced = true;
            if (member.host()) {
                hostId = member.id;
            }
        }
        RoomConnection connection = member.connection;
        connection.sendWelcome(new SignalMessage.Welcome(
                member.id, null, roster(), registry.iceServers(member.id), view, resumed, registry.now()));
        connection.send(desk.state());
        if (newcomer) {
            broadcast(new SignalMessage.ParticipantJoined(member.participant), member);
        }
        if (member.id.equals(hostId)) {
            desk.showKnockers();
            if (hostGraceUntil != null) {
                hostGraceUntil = null;
                broadcast(new SignalMessage.HostReturned(member.id), member);
            }
        }
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
            if (member.waiting) {
                removeLocked(member, LeaveReason.LEFT);
            } else if (deliberate) {
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
        if (sender.connection != from || !sender.announced) {
            return;
        }
        Member target = members.get(message.to());
        String type = SignalCodec.typeName(message);
        if (target == null || !target.announced || target == sender) {
            from.send(new SignalMessage.Error(
                    SignalErrorCode.UNKNOWN_PARTICIPANT, "No participant " + message.to() + " in this meeting.", type));
        } else if (target.connection == null) {
            from.send(new SignalMessage.Error(
                    SignalErrorCode.PARTICIPANT_RECONNECTING,
                    "That participant is reconnecting; try again when they are back.",
                    type));
        } else if (!target.connection.relayFrom(sender.id, message.withFrom(sender.id))) {
            from.send(new SignalMessage.Error(
                    SignalErrorCode.SLOW_DOWN,
                    "That participant has not yet received what you sent before; send again in a moment.",
                    type));
        }
    }

    /** A participant's microphone, camera or screen changed: everyone (the sender too) gets ParticipantUpdated. */
    synchronized void mediaState(RoomConnection from, SignalMessage.MediaState state) {
        Member member = from.member();
        if (member.connection != from || !member.announced) {
            return;
        }
        member.participant = member.participant.withMedia(state.micOn(), state.cameraOn(), state.screenSharing());
        broadcast(new SignalMessage.ParticipantUpdated(member.participant), null);
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
                    if (m.connection.isDead()
                            || m.connection
                                    .idleSince()
                                    .plus(registry.settings().idleTimeout())
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

    void endLocked(EndReason reason, String message) {
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

    void removeLocked(Member member, LeaveReason reason) {
        members.remove(member.id);
        registry.forget(member);
        if (member.announced) {
            broadcast(new SignalMessage.ParticipantLeft(member.id, reason), member);
        } else if (member.waiting) {
            desk.withdrawn(member);
        }
        if (members.isEmpty()) {
            disposed = true;
            registry.roomEmptied(this);
        }
    }

    /** The host's member while connected, else null. */
    Member connectedHost() {
        Member host = hostId == null ? null : members.get(hostId);
        return host != null && host.connection != null ? host : null;
    }

    private List<Participant> roster() {
        return members.values().stream()
                .filter(m -> m.announced)
                .map(m -> m.participant)
                .toList();
    }

    void broadcast(SignalMessage message, Member except) {
        String json = registry.codec().encode(message);
        for (Member m : members.values()) {
            if (m != except && m.connection != null && m.announced) {
                m.connection.sendJson(json);
            }
        }
    }
}
