package dev.coms.server.tickets;

/**
 * Who a join ticket admits, decided when it was issued.
 *
 * @param identityKey stable identity for bans and duplicate connections: {@code account:<id>} or
 *     {@code guest:<deviceId>@<address>}
 * @param accountId the account id, or null for a guest
 */
public record Grant(
        String meetingId, String identityKey, String accountId, String displayName, boolean host, String address) {}
