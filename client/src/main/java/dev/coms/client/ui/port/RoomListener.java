package dev.coms.client.ui.port;

/**
 * Events from the call engine. Called on engine threads, in order per meeting; implementations only hand them to
 * the FX thread and never block.
 */
public interface RoomListener {

    /**
     * Which local devices the call could set up (before or after {@link #joined}); a missing one keeps its toggle
     * off. Not called when both are present.
     */
    default void localDevices(boolean microphone, boolean camera) {}

    /** The own participant is in the room. */
    void joined(String selfId, boolean host);

    void participantJoined(String participantId, String displayName, boolean host);

    void participantLeft(String participantId);

    void mediaChanged(String participantId, boolean microphone, boolean camera, boolean screen);

    /** The participant heard loudest now, or null when nobody speaks. */
    void activeSpeaker(String participantId);

    void chatReceived(String fromParticipantId, String text, boolean privately);

    /** The meeting is over for this user; no more events follow. */
    void ended(RoomEnd reason);

    /** Something the user can act on, in one short sentence (e.g. "Your camera is in use by another program."). */
    void problem(String sentence);
}
