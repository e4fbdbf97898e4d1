package dev.coms.protocol.rest;

/** Forgotten passwords: ask for a code by email, then set a new password with it. */
public final class PasswordReset {

    private PasswordReset() {}

    /** {@code POST /api/password-resets}: mail a reset code to the account with this email, if there is one. */
    public record Request(String email) {}

    /** {@code POST /api/password-resets/confirm}: the code from the mail and the new password. */
    public record Confirm(String email, String code, String newPassword) {}
}
