package dev.coms.server.rooms;

import dev.coms.protocol.signal.SignalCodec;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import dev.coms.protocol.signal.SignalMessage.Answer;
import dev.coms.protocol.signal.SignalMessage.Candidate;
import dev.coms.protocol.signal.SignalMessage.Expel;
import dev.coms.protocol.signal.SignalMessage.Leave;
import dev.coms.protocol.signal.SignalMessage.MediaState;
import dev.coms.protocol.signal.SignalMessage.Offer;
import dev.coms.protocol.signal.SignalMessage.Ping;
import dev.coms.protocol.signal.SignalMessage.Pong;

/**
 * Hands each well-formed message of a seated connection to the room (exhaustive over {@link SignalMessage}): relays
 * with their size limits, media state, leave, the host's actions, ping. A newcomer in the waiting room may only leave
 * or ping. Called on the connection's thread.
 */
final class Dispatcher {

    /** Longest SDP relayed: a real one with audio, two videos and data is 4–10 KB; far below the message cap. */
    static final int MAX_SDP_CHARS = 20 * 1024;
    /** Longest ICE candidate line relayed (real ones are about 100–200 characters). */
    static final int MAX_CANDIDATE_CHARS = 1024;

    private final RoomConnection connection;

    Dispatcher(RoomConnection connection) {
        this.connection = connection;
    }

    void dispatch(SignalMessage message) {
        Member member = connection.member();
        Room room = member.room;
        if (room.isWaiting(member) && !(message instanceof Leave || message instanceof Ping)) {
            reject(SignalErrorCode.NOT_ADMITTED, "Wait until the host lets you in.", message);
            return;
        }
        switch (message) {
            case Offer m when valid(m.to(), m.sdp(), MAX_SDP_CHARS) -> room.relay(connection, m);
            case Answer m when valid(m.to(), m.sdp(), MAX_SDP_CHARS) -> room.relay(connection, m);
            case Candidate m when valid(m.to(), m.candidate(), MAX_CANDIDATE_CHARS) -> room.relay(connection, m);
            case MediaState m -> room.mediaState(connection, m);
            case Leave m -> connection.leave();
            case Expel m when m.participantId() != null -> room.desk.expel(connection, m);
            case SignalMessage.Admit m -> room.desk.admit(connection, m);
            case SignalMessage.Deny m -> room.desk.deny(connection, m);
            case SignalMessage.SetRoomState m -> room.desk.setState(connection, m);
            case Ping m ->
                connection.send(new Pong(m.nonce(), connection.registry().now()));
            case SignalMessage.Resume _ ->
                reject(SignalErrorCode.BAD_MESSAGE, "This connection is already in the room.", message);
            case Offer _, Answer _, Candidate _ ->
                reject(
                        SignalErrorCode.BAD_MESSAGE,
                        "A required field is missing, or the SDP (at most " + MAX_SDP_CHARS
                                + " characters) or candidate" + " (at most " + MAX_CANDIDATE_CHARS + ") is too long.",
                        message);
            case Expel _ -> reject(SignalErrorCode.BAD_MESSAGE, "A required field is missing.", message);
            case SignalMessage.Welcome _,
                    SignalMessage.ParticipantJoined _,
                    SignalMessage.ParticipantLeft _,
                    SignalMessage.ParticipantUpdated _,
                    SignalMessage.Expelled _,
                    SignalMessage.HostReconnecting _,
                    SignalMessage.HostReturned _,
                    SignalMessage.MeetingEnded _,
                    Pong _,
                    SignalMessage.Error _,
                    SignalMessage.Waiting _,
                    SignalMessage.Knocking _,
                    SignalMessage.KnockWithdrawn _,
                    SignalMessage.RoomState _,
                    SignalMessage.Refused _ ->
                reject(SignalErrorCode.BAD_MESSAGE, "Only the server sends this message.", message);
        }
    }

    private static boolean valid(String to, String payload, int maxChars) {
        return to != null && !to.isBlank() && payload != null && payload.length() <= maxChars;
    }

    private void reject(SignalErrorCode code, String text, SignalMessage message) {
        connection.logBadInput(code.wire(), SignalCodec.typeName(message));
        connection.send(new SignalMessage.Error(code, text, SignalCodec.typeName(message)));
    }
}
