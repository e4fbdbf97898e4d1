package dev.coms.server.rooms;

import dev.coms.protocol.signal.RefusalCode;
import io.helidon.http.DirectHandler;
import io.helidon.http.RequestException;
import io.helidon.http.Status;

/**
 * Why a WebSocket upgrade to a room is refused: a {@link RefusalCode}, whose HTTP status and {@code code: message}
 * body make the reply, and the one sentence for the user.
 */
final class RoomRefusal extends Exception {

    private final RefusalCode code;

    private RoomRefusal(RefusalCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    RefusalCode code() {
        return code;
    }

    /** The same refusal as a message on an upgraded socket (a resume sent as the first message). */
    dev.coms.protocol.signal.SignalMessage.Refused message() {
        return new dev.coms.protocol.signal.SignalMessage.Refused(code, getMessage());
    }

    /** The reply that refuses the upgrade: the code's status, {@code code: message} as the body, connection closed. */
    RequestException reply() {
        return RequestException.builder()
                .type(DirectHandler.EventType.OTHER)
                .status(status())
                .message(code.body(getMessage()))
                .safeMessage(true)
                .setKeepAlive(false)
                .build();
    }

    private Status status() {
        // As before the codes were typed: a full room answers 429 with the phrase "Meeting Full".
        return code == RefusalCode.MEETING_FULL
                ? Status.create(code.status(), "Meeting Full")
                : Status.create(code.status());
    }

    static RoomRefusal badTicket() {
        return new RoomRefusal(
                RefusalCode.INVALID_TICKET, "The join ticket is invalid or has expired. Join the meeting again.");
    }

    static RoomRefusal badResume() {
        return new RoomRefusal(
                RefusalCode.INVALID_RESUME, "This connection can no longer be resumed. Join the meeting again.");
    }

    static RoomRefusal noMeeting() {
        return new RoomRefusal(RefusalCode.NO_MEETING, "There is no such meeting.");
    }

    static RoomRefusal ended() {
        return new RoomRefusal(RefusalCode.MEETING_ENDED, "This meeting has ended.");
    }

    static RoomRefusal notLive() {
        return new RoomRefusal(RefusalCode.MEETING_NOT_LIVE, "This meeting has not started yet.");
    }

    static RoomRefusal banned() {
        return new RoomRefusal(RefusalCode.EXPELLED, "The host removed you from this meeting.");
    }

    static RoomRefusal locked() {
        return new RoomRefusal(RefusalCode.MEETING_LOCKED, "The host locked this meeting; no one new can join.");
    }

    static RoomRefusal seatInUse() {
        return new RoomRefusal(
                RefusalCode.SEAT_IN_USE,
                "This seat is in use by a connection that is still open. Join the meeting again.");
    }

    static RoomRefusal unavailable() {
        return new RoomRefusal(
                RefusalCode.UNAVAILABLE, "The meeting cannot be entered right now. Try again in a moment.");
    }

    static RoomRefusal full(int capacity) {
        return new RoomRefusal(
                RefusalCode.MEETING_FULL,
                "The meeting is full (" + capacity + " people). Try again when someone leaves.");
    }
}
