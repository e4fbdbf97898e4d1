package dev.coms.protocol.rest;

/**
 * {@code POST /api/meetings/{id}/join}: ask for a join ticket. Signed-in callers send their bearer token and no
 * guest; guests send {@code guest}. {@code passcode} is required for private meetings.
 */
public record JoinRequest(String passcode, GuestIdentity guest) {}
