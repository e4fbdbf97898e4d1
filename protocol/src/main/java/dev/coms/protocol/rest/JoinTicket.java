package dev.coms.protocol.rest;

import java.time.Instant;

/**
 * A short-lived, single-use permission to enter a live room.
 *
 * @param ticket opaque secret; pass it as {@code ?ticket=} when opening {@code signalingUrl}
 * @param expiresAt the ticket is refused after this instant
 * @param signalingUrl the WebSocket URL of the room (relative path {@code /ws/rooms/{id}})
 */
public record JoinTicket(String meetingId, String ticket, Instant expiresAt, String signalingUrl) {}
