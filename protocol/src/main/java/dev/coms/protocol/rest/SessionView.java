package dev.coms.protocol.rest;

import java.time.Instant;

/** A signed-in session: send {@code Authorization: Bearer <token>} on host-only requests. */
public record SessionView(String token, Instant expiresAt, AccountView account) {}
