package dev.coms.client.call;

import dev.coms.protocol.peer.ChatMessage;
import dev.coms.protocol.peer.TrackKind;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.util.List;

/**
 * What a {@link CallSession} tells its user (the room's view model). Every method has an empty default.
 *
 * <p>Threading: all methods except {@link #onRemoteVideoFrame} run on the session's single "coms-call" thread,
 * in order. Keep them short; hand work to the UI thread through one gateway. Never block in them.
 */
public interface CallListener {

    /**
     * Joined (or rejoined after a resume): your id and everyone present, you included. After a resume, who came,
     * went or changed meanwhile also arrives as the events below.
     */
    default void onJoined(String selfId, List<Participant> roster) {}

    /** Someone came into the room. */
    default void onParticipantJoined(Participant participant) {}

    /** Someone (you included) changed name or media state: {@code participant} is their new state. */
    default void onParticipantUpdated(Participant participant) {}

    /** Someone left; {@code reason} says whether they left, dropped or were expelled. */
    default void onParticipantLeft(String participantId, LeaveReason reason) {}

    /** The media connection to one participant changed state. */
    default void onPeerState(String participantId, PeerState state) {}

    /**
     * A decoded frame of a participant's camera or screen. Runs on a WebRTC decoder thread, one per stream. The
     * frame is valid only during the call and is released afterwards: copy or convert it (see
     * {@code FrameConverter}) before returning; do not allocate per frame.
     */
    default void onRemoteVideoFrame(String participantId, TrackKind kind, VideoFrame frame) {}

    /** A participant's screen share (or camera track) went away: remove its tile. */
    default void onRemoteTrackEnded(String participantId, TrackKind kind) {}

    /** A chat message arrived (or was sent by you); history from peers arrives through here too, deduplicated. */
    default void onChat(ChatMessage message) {}

    /**
     * The participant speaking now (you included: your own id), or null when nobody speaks. Changes only: it
     * stays while that person keeps talking, even if someone else talks at the same time.
     */
    default void onActiveSpeaker(String participantId) {}

    /** Someone's hand went up or down (you included: your own id); a hand is down when its participant leaves. */
    default void onHand(String participantId, boolean raised) {}

    /** Fresh statistics for one participant, every {@code CallConfig.statsInterval()}. */
    default void onStats(PeerStats stats) {}

    /** Something the user should know: devices, reconnecting signaling, host away. */
    default void onStatus(CallStatus status) {}

    /** The call is over for you; the session has closed its peer connections. */
    default void onEnded(CallEnd end) {}

    /** Host only: someone is in the waiting room and asks to be let in ({@code admit} or {@code deny}). */
    default void onKnocking(String participantId, String displayName, boolean guest) {}

    /** Host only: a knocking newcomer gave up or was admitted or denied elsewhere. */
    default void onKnockWithdrawn(String participantId) {}

    /** Whether the meeting is locked and runs a waiting room, as the server says (to everyone, on every change). */
    default void onRoomState(boolean locked, boolean waitingRoom) {}

    /** State of one peer connection. */
    enum PeerState {
        CONNECTING,
        CONNECTED,
        /** Media stopped flowing; an ICE restart is under way. */
        RECONNECTING,
        CLOSED
    }
}
