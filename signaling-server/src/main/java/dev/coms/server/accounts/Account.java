package dev.coms.server.accounts;

import dev.coms.protocol.rest.AccountView;

/** A stored host account. {@code passwordHash} is in {@link PasswordHasher}'s format. */
public record Account(String id, String email, String displayName, String passwordHash) {

    public AccountView view() {
        return new AccountView(id, email, displayName);
    }

    /** The identity key used for bans and tickets. */
    public String identityKey() {
        return "account:" + id;
    }

    @Override
    public String toString() {
        return "Account[" + id + "]";
    }
}
