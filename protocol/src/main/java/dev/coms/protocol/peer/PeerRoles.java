package dev.coms.protocol.peer;

/**
 * Who does what between two participants' peer connection, so that any two clients agree without asking the server.
 * Participant ids are 12 characters from {@link #PARTICIPANT_ID_ALPHABET} (base64url), assigned by the server.
 */
public final class PeerRoles {

    /** The characters of a participant id. */
    public static final String PARTICIPANT_ID_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Length of a participant id. */
    public static final int PARTICIPANT_ID_LENGTH = 12;

    private PeerRoles() {}

    /**
     * True when {@code selfId} makes the first offer to {@code peerId}: the id that sorts first by UTF-16 code units
     * (Java {@code String.compareTo}, JavaScript {@code <}) offers. That side is the <em>impolite</em> peer of perfect
     * negotiation; after the first exchange either side may renegotiate.
     */
    public static boolean offersFirst(String selfId, String peerId) {
        return selfId.compareTo(peerId) < 0;
    }

    /**
     * True when {@code selfId} is the <em>polite</em> peer towards {@code peerId}: on colliding offers it rolls its own
     * back and answers the other's; the impolite peer ignores the colliding offer.
     */
    public static boolean polite(String selfId, String peerId) {
        return !offersFirst(selfId, peerId);
    }

    /** True for a string that has the form of a participant id. */
    public static boolean isParticipantId(String id) {
        if (id == null || id.length() != PARTICIPANT_ID_LENGTH) {
            return false;
        }
        return id.chars().allMatch(c -> PARTICIPANT_ID_ALPHABET.indexOf(c) >= 0);
    }
}
