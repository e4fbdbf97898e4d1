package dev.coms.protocol.rest;

/** {@code POST /api/accounts}: create a host account. */
public record RegisterRequest(String email, String displayName, String password) {}
