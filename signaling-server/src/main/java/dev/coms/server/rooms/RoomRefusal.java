package dev.coms.server.rooms;

import io.helidon.http.DirectHandler;
import io.helidon.http.RequestException;
import io.helidon.http.Status;

/** Why a WebSocket upgrade to a room is refused; becomes the HTTP status and plain-text body of the reply. */
final class RoomRefusal extends Exception {

    private final transient Status status;
    private final String code;

    RoomRefusal(Status status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    Status status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The reply that refuses the upgrade: this status, {@code "code: message"} as the body, connection closed. */
    RequestException reply() {
        return RequestException.builder()
                .type(DirectHandler.EventType.OTHER)
                .status(status)
                .message(code + ": " + getMessage())
                .safeMessage(true)
                .setKeepAlive(false)
                .build();
    }

    static RoomRefusal badTicket() {
        return new RoomRefusal(Status.UNAUTHORIZED_401, "invalid_ticket",
                "The join ticket is invalid or has expired. Join the meeting again.");
    }

    static RoomRefusal badResume() {
        return new RoomRefusal(Status.UNAUTHORIZED_401, "invalid_resume",
                "This connection can no longer be resumed. Join the meeting again.");
    }

    static RoomRefusal noMeeting() {
        return new RoomRefusal(Status.NOT_FOUND_404, "no_meeting", "There is no such meeting.");
    }

    static RoomRefusal ended() {
        return new RoomRefusal(Status.GONE_410, "meeting_ended", "This meeting has ended.");
    }

    static RoomRefusal notLive() {
        return new RoomRefusal(Status.CONFLICT_409, "meeting_not_live", "This meeting has not started yet.");
    }

    static RoomRefusal banned() {
        return new RoomRefusal(Status.FORBIDDEN_403, "expelled", "The host removed you from this meeting.");
    }

    static RoomRefusal unavailable() {
        return new RoomRefusal(Status.SERVICE_UNAVAILABLE_503, "unavailable",
                "The meeting cannot be entered right now. Try again in a moment.");
    }

    static RoomRefusal full(int capacity) {
        return new RoomRefusal(Status.create(429, "Meeting Full"), "meeting_full",
                "The meeting is full (" + capacity + " people). Try again when someone leaves.");
    }
}
