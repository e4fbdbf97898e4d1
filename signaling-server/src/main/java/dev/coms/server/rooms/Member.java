package dev.coms.server.rooms;

import dev.coms.protocol.signal.Participant;
import dev.coms.server.tickets.Grant;
import java.time.Instant;

/**
 * One participant's seat in a room, kept across reconnections (resume). Every mutable field is guarded by the
 * owning {@link Room}'s lock.
 */
final class Member {

    final Room room;
    final String id;
    final String identityKey;
    final Grant grant;
    /** Hash of the current resume token; a new one on every resume. */
    String resumeHash;

    Participant participant;
    /** The live connection, or null while reserved (not yet opened) or dropped (within the grace period). */
    RoomConnection connection;
    /** While there is no connection: when the seat is given up. */
    Instant graceUntil;
    /** True once the others were told about this participant (ParticipantJoined). */
    boolean announced;
    /** True while this newcomer waits for the host to admit them (not in the roster, hears nothing). */
    boolean waiting;
    /** True when this newcomer must be admitted even with the waiting room off (a guest from a banned address). */
    boolean mustKnock;

    Member(Room room, String id, Grant grant, String resumeHash, Participant participant) {
        this.room = room;
        this.id = id;
        this.identityKey = grant.identityKey();
        this.grant = grant;
        this.resumeHash = resumeHash;
        this.participant = participant;
    }

    boolean host() {
        return participant.host();
    }
}
