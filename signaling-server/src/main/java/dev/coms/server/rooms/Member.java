package dev.coms.server.rooms;

import dev.coms.protocol.signal.Participant;
import java.time.Instant;

/**
 * One participant's seat in a room, kept across reconnections (resume). Every mutable field is guarded by the
 * owning {@link Room}'s lock.
 */
final class Member {

    final Room room;
    final String id;
    final String identityKey;
    final String resumeHash;
    Participant participant;
    /** The live connection, or null while reserved (not yet opened) or dropped (within the grace period). */
    RoomConnection connection;
    /** While there is no connection: when the seat is given up. */
    Instant graceUntil;
    /** True once the others were told about this participant (ParticipantJoined). */
    boolean announced;

    Member(Room room, String id, String identityKey, String resumeHash, Participant participant) {
        this.room = room;
        this.id = id;
        this.identityKey = identityKey;
        this.resumeHash = resumeHash;
        this.participant = participant;
    }

    boolean host() {
        return participant.host();
    }
}
