package dev.coms.server.meetings;

import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import java.time.Instant;

/**
 * A stored meeting. {@code stored} is SCHEDULED until the meeting is CANCELLED or ENDED; whether a SCHEDULED
 * meeting is LIVE is derived from the clock and its room (see {@link MeetingViews#state}).
 *
 * @param passcodeHash slow hash of the normalised passcode (private meetings), else null
 * @param passcodeSealed the passcode sealed by {@link PasscodeVault} (private meetings), else null
 */
public record Meeting(
        String id,
        MeetingMode mode,
        String title,
        String topic,
        String hostAccountId,
        String hostName,
        Instant startsAt,
        String hostZone,
        String passcodeHash,
        String passcodeSealed,
        MeetingState stored) {

    public boolean isPrivate() {
        return mode == MeetingMode.PRIVATE;
    }

    @Override
    public String toString() {
        return "Meeting[" + id + ", " + mode + ", " + stored + ", startsAt=" + startsAt + "]";
    }
}
