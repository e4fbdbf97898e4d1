package dev.coms.server.tickets;

/**
 * Who a join ticket admits, decided when it was issued.
 *
 * @param identityKey stable identity for duplicate connections: {@code account:<id>} or
 *     {@code guest:<deviceId>@<address>}
 * @param accountId the account id, or null for a guest
 * @param address the source address the join came from
 * @param deviceId the guest's device id, or null (signed-in users, tests)
 */
public record Grant(
        String meetingId,
        String identityKey,
        String accountId,
        String displayName,
        boolean host,
        String address,
        String deviceId) {

    /** A grant without a device id. */
    public Grant(
            String meetingId, String identityKey, String accountId, String displayName, boolean host, String address) {
        this(meetingId, identityKey, accountId, displayName, host, address, null);
    }

    /** True for someone without an account. */
    public boolean guest() {
        return accountId == null;
    }
}
