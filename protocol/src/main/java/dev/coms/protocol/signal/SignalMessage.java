package dev.coms.protocol.signal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.coms.protocol.rest.MeetingView;
import java.time.Instant;
import java.util.List;

/**
 * Every message exchanged on a room's WebSocket ({@code /ws/rooms/{meetingId}}), as JSON text frames with a
 * {@code type} discriminator. Direction is noted on each record: C→S (client to server), S→C, or both (relayed).
 * See docs/protocol.md for the full contract.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SignalMessage.Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = SignalMessage.ParticipantJoined.class, name = "participant-joined"),
    @JsonSubTypes.Type(value = SignalMessage.ParticipantLeft.class, name = "participant-left"),
    @JsonSubTypes.Type(value = SignalMessage.ParticipantUpdated.class, name = "participant-updated"),
    @JsonSubTypes.Type(value = SignalMessage.Offer.class, name = "offer"),
    @JsonSubTypes.Type(value = SignalMessage.Answer.class, name = "answer"),
    @JsonSubTypes.Type(value = SignalMessage.Candidate.class, name = "candidate"),
    @JsonSubTypes.Type(value = SignalMessage.MediaState.class, name = "media-state"),
    @JsonSubTypes.Type(value = SignalMessage.Leave.class, name = "leave"),
    @JsonSubTypes.Type(value = SignalMessage.Expel.class, name = "expel"),
    @JsonSubTypes.Type(value = SignalMessage.Expelled.class, name = "expelled"),
    @JsonSubTypes.Type(value = SignalMessage.HostReconnecting.class, name = "host-reconnecting"),
    @JsonSubTypes.Type(value = SignalMessage.HostReturned.class, name = "host-returned"),
    @JsonSubTypes.Type(value = SignalMessage.MeetingEnded.class, name = "meeting-ended"),
    @JsonSubTypes.Type(value = SignalMessage.Ping.class, name = "ping"),
    @JsonSubTypes.Type(value = SignalMessage.Pong.class, name = "pong"),
    @JsonSubTypes.Type(value = SignalMessage.Error.class, name = "error"),
    @JsonSubTypes.Type(value = SignalMessage.Resume.class, name = "resume"),
    @JsonSubTypes.Type(value = SignalMessage.Waiting.class, name = "waiting"),
    @JsonSubTypes.Type(value = SignalMessage.Knocking.class, name = "knocking"),
    @JsonSubTypes.Type(value = SignalMessage.KnockWithdrawn.class, name = "knock-withdrawn"),
    @JsonSubTypes.Type(value = SignalMessage.Admit.class, name = "admit"),
    @JsonSubTypes.Type(value = SignalMessage.Deny.class, name = "deny"),
    @JsonSubTypes.Type(value = SignalMessage.SetRoomState.class, name = "set-room-state"),
    @JsonSubTypes.Type(value = SignalMessage.RoomState.class, name = "room-state"),
    @JsonSubTypes.Type(value = SignalMessage.Refused.class, name = "refused")
})
public sealed interface SignalMessage {

    /** Messages relayed to exactly one other participant; the server fills {@code from}. */
    sealed interface Relayed extends SignalMessage {
        String from();

        String to();

        /** A copy with {@code from} set by the server (clients cannot spoof it). */
        Relayed withFrom(String from);
    }

    /**
     * S→C, first message after connecting (or resuming).
     *
     * @param participantId your id in this room, stable across resumes
     * @param resumeToken secret to resume with ({@code ?resume=}) if the connection drops
     * @param roster everyone in the room including you
     * @param iceServers STUN/TURN servers for your peer connections
     * @param resumed true when this connection resumed an earlier one
     */
    record Welcome(
            String participantId,
            String resumeToken,
            List<Participant> roster,
            List<IceServer> iceServers,
            MeetingView meeting,
            boolean resumed,
            Instant serverTime)
            implements SignalMessage {}

    /** S→C: someone entered the room. */
    record ParticipantJoined(Participant participant) implements SignalMessage {}

    /** S→C: someone left; close your peer connection to them. */
    record ParticipantLeft(String participantId, LeaveReason reason) implements SignalMessage {
        public ParticipantLeft {
            reason = reason == null ? LeaveReason.UNKNOWN : reason;
        }
    }

    /** S→C: someone's name or media state changed. */
    record ParticipantUpdated(Participant participant) implements SignalMessage {}

    /** Both: an SDP offer for one peer connection. */
    record Offer(String from, String to, String sdp) implements Relayed {
        @Override
        public Offer withFrom(String sender) {
            return new Offer(sender, to, sdp);
        }
    }

    /** Both: an SDP answer for one peer connection. */
    record Answer(String from, String to, String sdp) implements Relayed {
        @Override
        public Answer withFrom(String sender) {
            return new Answer(sender, to, sdp);
        }
    }

    /** Both: one trickled ICE candidate. */
    record Candidate(String from, String to, String sdpMid, int sdpMLineIndex, String candidate) implements Relayed {
        @Override
        public Candidate withFrom(String sender) {
            return new Candidate(sender, to, sdpMid, sdpMLineIndex, candidate);
        }
    }

    /** C→S: my microphone / camera / screen-share state changed; everyone gets a ParticipantUpdated. */
    record MediaState(boolean micOn, boolean cameraOn, boolean screenSharing) implements SignalMessage {}

    /** C→S: I leave for good (a host leaving ends the meeting). */
    record Leave(String reason) implements SignalMessage {}

    /** C→S, host only: remove this participant and keep them out. */
    record Expel(String participantId) implements SignalMessage {}

    /** S→C: you were removed by the host; the connection closes next. */
    record Expelled(String message) implements SignalMessage {}

    /** S→C: the host's connection dropped; the meeting ends at {@code graceUntil} unless they return. */
    record HostReconnecting(Instant graceUntil) implements SignalMessage {}

    /** S→C: the host is back. */
    record HostReturned(String participantId) implements SignalMessage {}

    /** S→C: the meeting is over; the connection closes next. */
    record MeetingEnded(EndReason reason, String message) implements SignalMessage {
        public MeetingEnded {
            reason = reason == null ? EndReason.UNKNOWN : reason;
        }
    }

    /** C→S keep-alive; answered with Pong. A connection silent for 40 s is dropped. */
    record Ping(long nonce) implements SignalMessage {}

    /** S→C answer to Ping. */
    record Pong(long nonce, Instant serverTime) implements SignalMessage {}

    /**
     * S→C: a request could not be carried out. The connection stays open unless the code says otherwise.
     *
     * @param code what went wrong ({@link SignalErrorCode#UNKNOWN} for a code this build does not know)
     * @param ref the type of the offending message, when known
     */
    record Error(SignalErrorCode code, String message, String ref) implements SignalMessage {
        public Error {
            code = code == null ? SignalErrorCode.UNKNOWN : code;
        }
    }

    /**
     * Messages about who gets into the room: resuming in the first message, the waiting room, the lock, a refusal
     * after the upgrade. Grouped so that a client may handle them together.
     */
    sealed interface Door extends SignalMessage {}

    /**
     * C→S, the first message on {@code /ws/rooms/{meetingId}} opened without a query: resume the seat of this token.
     * Keeps the token out of URLs (and so out of proxies' access logs).
     */
    record Resume(String token) implements Door {}

    /** S→C instead of Welcome: the host must admit you first; a Welcome follows, or Refused ({@code denied}). */
    record Waiting(String message) implements Door {}

    /** S→C, to the host: someone waits to be admitted. */
    record Knocking(String participantId, String displayName, boolean guest) implements Door {}

    /** S→C, to the host: a waiting newcomer went away (left, dropped) before an answer. */
    record KnockWithdrawn(String participantId) implements Door {}

    /** C→S, host only: let this waiting newcomer in. */
    record Admit(String participantId) implements Door {}

    /** C→S, host only: refuse this waiting newcomer. */
    record Deny(String participantId) implements Door {}

    /** C→S, host only: lock or unlock the meeting, switch the waiting room on or off; null leaves a flag as it is. */
    record SetRoomState(Boolean locked, Boolean waitingRoom) implements Door {}

    /**
     * S→C, to everyone after Welcome and after every change.
     *
     * @param locked no one new may join
     * @param waitingRoom newcomers wait until the host admits them
     */
    record RoomState(boolean locked, boolean waitingRoom) implements Door {}

    /** S→C: you may not (or no longer) enter, after the upgrade; the connection closes next. Final like a refusal. */
    record Refused(RefusalCode code, String message) implements Door {
        public Refused {
            code = code == null ? RefusalCode.UNKNOWN : code;
        }
    }
}
