package dev.coms.protocol.rest;

/** {@code POST /api/accounts/me/password}: a new password for the signed-in account. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {}
