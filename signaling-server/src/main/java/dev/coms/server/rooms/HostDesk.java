package dev.coms.server.rooms;

import dev.coms.protocol.signal.CloseCode;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What only the host of a {@link Room} does: expel someone (with a ban that sticks), lock the meeting, run the
 * waiting room (admit or deny each newcomer). Part of the room: every method runs under the room's lock, and the
 * {@code *Locked}-free ones take it themselves.
 */
final class HostDesk {

    private final Room room;
    /** Waiting newcomers the host has been told about (Knocking sent). */
    private final Set<String> knocked = new HashSet<>();

    HostDesk(Room room) {
        this.room = room;
    }

    /** The room's flags as everyone sees them. Under the room's lock. */
    SignalMessage.RoomState state() {
        return new SignalMessage.RoomState(room.locked, room.waitingRoom);
    }

    /** A newcomer waits: the host (if connected) hears a knock. Under the room's lock. */
    void knock(Member member) {
        Member host = room.connectedHost();
        if (host != null) {
            knocked.add(member.id);
            host.connection.send(knocking(member));
        }
    }

    /** After the host (re)entered: a knock for everyone still waiting. Under the room's lock. */
    void showKnockers() {
        Member host = room.connectedHost();
        for (Member m : room.members.values()) {
            if (m.waiting && m.connection != null && host != null) {
                knocked.add(m.id);
                host.connection.send(knocking(m));
            }
        }
    }

    /** A waiting newcomer went away before an answer. Under the room's lock. */
    void withdrawn(Member member) {
        Member host = room.connectedHost();
        if (knocked.remove(member.id) && host != null) {
            host.connection.send(new SignalMessage.KnockWithdrawn(member.id));
        }
    }

    private static SignalMessage.Knocking knocking(Member m) {
        return new SignalMessage.Knocking(m.id, m.participant.displayName(), m.grant.guest());
    }

    /** The host lets a waiting newcomer in: Welcome to them, ParticipantJoined to the others. */
    void admit(RoomConnection from, SignalMessage.Admit admit) {
        synchronized (room) {
            Member target = waiter(from, admit.participantId(), "admit");
            if (target != null) {
                letIn(target);
            }
        }
        room.registry.changed();
    }

    /** The host refuses a waiting newcomer: Refused(denied) to them, and their socket closes. */
    void deny(RoomConnection from, SignalMessage.Deny deny) {
        synchronized (room) {
            Member target = waiter(from, deny.participantId(), "deny");
            if (target != null) {
                knocked.remove(target.id);
                RoomConnection c = target.connection;
                target.connection = null;
                c.send(new SignalMessage.Refused(RefusalCode.DENIED, "The host did not let you in."));
                c.closeAfter(CloseCode.NORMAL, "denied");
                room.removeLocked(target, LeaveReason.LEFT);
            }
        }
    }

    /** The host locks or unlocks the meeting, or switches the waiting room; everyone gets RoomState. */
    void setState(RoomConnection from, SignalMessage.SetRoomState change) {
        synchronized (room) {
            if (!isHost(from, "set-room-state")) {
                return;
            }
            if (change.locked() != null) {
                room.locked = change.locked();
            }
            if (change.waitingRoom() != null) {
                room.waitingRoom = change.waitingRoom();
            }
            if (!room.waitingRoom) {
                // Switching the waiting room off lets in those who wait only because it was on.
                for (Member m : List.copyOf(room.members.values())) {
                    if (m.waiting && !m.mustKnock && m.connection != null) {
                        letIn(m);
                    }
                }
            }
            room.broadcast(state(), null);
        }
        room.registry.changed();
    }

    /**
     * The host removes someone: every seat of that person (same identity, account or device; connected, reserved or
     * waiting) is given up, each connection gets Expelled, the others ParticipantLeft(EXPELLED). The ban (identity,
     * account, device, and the address for the waiting room) is remembered at once and stored in the background; the
     * waiting room goes on.
     */
    void expel(RoomConnection from, SignalMessage.Expel expel) {
        synchronized (room) {
            if (!isHost(from, "expel")) {
                return;
            }
            Member target = room.members.get(expel.participantId());
            if (target == null || !target.announced) {
                from.send(new SignalMessage.Error(
                        SignalErrorCode.UNKNOWN_PARTICIPANT,
                        "No participant " + expel.participantId() + " in this meeting.",
                        "expel"));
                return;
            }
            if (target == from.member()) {
                from.send(new SignalMessage.Error(
                        SignalErrorCode.BAD_MESSAGE, "The host cannot remove themselves.", "expel"));
                return;
            }
            Set<String> hard = BanKeys.hard(target.grant);
            Set<String> keys = new LinkedHashSet<>(hard);
            keys.addAll(BanKeys.soft(target.grant));
            // Remembered before anyone is told, so the expelled cannot get a new ticket in between.
            room.registry.writes().ban(room.meetingId, keys);
            for (Member m : List.copyOf(room.members.values())) {
                if (m != from.member()
                        && !m.host()
                        && BanKeys.hard(m.grant).stream().anyMatch(hard::contains)) {
                    remove(m);
                }
            }
            if (!room.waitingRoom) {
                room.waitingRoom = true;
                room.broadcast(state(), null);
            }
        }
        room.registry.changed();
    }

    private void remove(Member m) {
        knocked.remove(m.id);
        if (m.connection != null) {
            m.connection.send(new SignalMessage.Expelled("The host removed you from the meeting."));
            m.connection.closeAfter(CloseCode.NORMAL, "expelled");
            m.connection = null;
        }
        m.waiting = false;
        room.removeLocked(m, LeaveReason.EXPELLED);
    }

    private void letIn(Member target) {
        knocked.remove(target.id);
        target.waiting = false;
        target.mustKnock = false;
        room.welcomeLocked(target, false);
    }

    /** The waiting newcomer the host named, or null after telling the sender why not. */
    private Member waiter(RoomConnection from, String participantId, String type) {
        if (!isHost(from, type)) {
            return null;
        }
        Member target = participantId == null ? null : room.members.get(participantId);
        if (target == null || !target.waiting || target.connection == null) {
            from.send(new SignalMessage.Error(
                    SignalErrorCode.UNKNOWN_PARTICIPANT,
                    "No one called " + participantId + " is waiting to be let in.",
                    type));
            return null;
        }
        return target;
    }

    private boolean isHost(RoomConnection from, String type) {
        Member sender = from.member();
        if (sender.connection != from) {
            return false;
        }
        if (!sender.id.equals(room.hostId)) {
            from.send(new SignalMessage.Error(SignalErrorCode.NOT_HOST, "Only the host can do this.", type));
            return false;
        }
        return true;
    }
}
