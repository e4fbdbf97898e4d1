package dev.coms.client.call;

import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.RefusalCode;

/**
 * Why the call ended for this participant, as codes: the user interface owns the sentences.
 *
 * @param meetingEnd for {@link Reason#MEETING_ENDED} why the server ended the meeting, else null
 * @param refusal for {@link Reason#REFUSED} the code of the refused upgrade to the room, else null
 */
public record CallEnd(Reason reason, EndReason meetingEnd, RefusalCode refusal) {

    /** An end the reason alone describes. */
    public static CallEnd of(Reason reason) {
        return new CallEnd(reason, null, null);
    }

    /** The server ended the meeting ({@code meeting-ended}). */
    public static CallEnd meetingEnded(EndReason why) {
        return new CallEnd(Reason.MEETING_ENDED, why == null ? EndReason.UNKNOWN : why, null);
    }

    /** The server refused the upgrade to the room. */
    public static CallEnd refused(RefusalCode code) {
        return new CallEnd(Reason.REFUSED, null, code == null ? RefusalCode.UNKNOWN : code);
    }

    /** Why. */
    public enum Reason {
        /** You left. */
        LEFT,
        /** The host left, did not come back in time, or cancelled; the meeting is over for everyone. */
        MEETING_ENDED,
        /** The host removed you. */
        EXPELLED,
        /** The server would not let you in (or back in): the meeting is full, over, or you were removed. */
        REFUSED,
        /** The connection to the server was lost and could not be resumed. */
        CONNECTION_LOST,
        /** The call could not be set up on this computer (the engine or a device failed to start). */
        SETUP_FAILED
    }
}
