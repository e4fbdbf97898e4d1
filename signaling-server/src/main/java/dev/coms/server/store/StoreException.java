package dev.coms.server.store;

import java.sql.SQLException;

/** A database operation failed for a reason the caller cannot fix (connection lost, disk full, bug in SQL). */
public final class StoreException extends RuntimeException {

    /** SQLSTATE both H2 and PostgreSQL report for a unique or primary key violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    public StoreException(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }

    /** True when {@code e} reports a duplicate key. */
    public static boolean isDuplicateKey(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }
}
