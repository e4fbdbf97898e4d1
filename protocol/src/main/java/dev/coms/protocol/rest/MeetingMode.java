package dev.coms.protocol.rest;

/** How a meeting is entered: PRIVATE needs the invitation link and passcode, OPEN is listed for everyone. */
public enum MeetingMode {
    PRIVATE,
    OPEN
}
