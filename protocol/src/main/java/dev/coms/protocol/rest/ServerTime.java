package dev.coms.protocol.rest;

import java.time.Instant;

/**
 * {@code GET /api/time}. Every reply also carries the header {@code X-Server-Time} (epoch milliseconds).
 * Clients estimate their offset as {@code serverTime - (sent + received) / 2}.
 */
public record ServerTime(Instant serverTime) {}
