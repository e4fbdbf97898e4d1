package dev.coms.server.rooms;

import dev.coms.server.tickets.Grant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys an expel stores, so that changing one part of an identity is not enough to come back. <em>Hard</em> keys
 * refuse entry: the identity itself, the account (if any) and the device id (if any). The <em>soft</em> key is the
 * source address: a guest from it is not refused (an office may share one address) but must be admitted by the host
 * from the waiting room.
 */
public final class BanKeys {

    private BanKeys() {}

    /** Keys that keep this person out: identity, {@code account:<id>}, {@code device:<id>}. */
    public static Set<String> hard(Grant grant) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(grant.identityKey());
        if (grant.accountId() != null) {
            keys.add("account:" + grant.accountId());
        }
        if (grant.deviceId() != null && !grant.deviceId().isEmpty()) {
            keys.add("device:" + grant.deviceId());
        }
        return keys;
    }

    /** The key that makes guests from this address knock: {@code address:<address>}; empty without an address. */
    public static List<String> soft(Grant grant) {
        return grant.address() == null || grant.address().isEmpty() ? List.of() : List.of(address(grant.address()));
    }

    /** The soft key of an address. */
    public static String address(String address) {
        return "address:" + address;
    }

    /** Every key an expel of {@code grant} stores. */
    static Set<String> all(Grant grant) {
        Set<String> keys = hard(grant);
        keys.addAll(soft(grant));
        return keys;
    }
}
