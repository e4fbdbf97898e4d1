package dev.coms.protocol.rest;

/** Life cycle of a meeting as everyone sees it. */
public enum MeetingState {
    /** Start time not reached yet; joins are refused until then. */
    SCHEDULED,
    /** Start time reached (or started at once); joins are accepted. */
    LIVE,
    /** The host left; no one can join again. */
    ENDED,
    /** The host cancelled it before it ended. */
    CANCELLED
}
