package dev.coms.protocol.rest;

/**
 * {@code GET /api/capabilities}: what this server is set up to do, so clients offer only what works.
 *
 * @param emailInvitations the server sends invitations by email (SMTP is configured)
 * @param smsInvitations the server sends invitations by SMS (a gateway is configured)
 * @param passwordReset a forgotten password can be reset with a code sent by email
 */
public record ServerCapabilities(boolean emailInvitations, boolean smsInvitations, boolean passwordReset) {}
