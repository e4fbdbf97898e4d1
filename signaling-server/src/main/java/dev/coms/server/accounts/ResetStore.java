package dev.coms.server.accounts;

import dev.coms.server.store.Database;
import dev.coms.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Pending password resets, one per account: the hash of the mailed code, its expiry and the wrong tries so far. */
final class ResetStore {

    /** One pending reset. */
    record Pending(String codeHash, Instant expiresAt, int attempts) {}

    private final Database db;

    ResetStore(Database db) {
        this.db = db;
    }

    /** Replaces the account's pending reset with a new code. */
    void put(String accountId, String codeHash, Instant expiresAt) {
        try (Connection c = db.connection()) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM password_resets WHERE account_id = ?")) {
                d.setString(1, accountId);
                d.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO password_resets"
                    + " (account_id, code_hash, expires_at, attempts) VALUES (?, ?, ?, 0)")) {
                s.setString(1, accountId);
                s.setString(2, codeHash);
                s.setLong(3, expiresAt.toEpochMilli());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("store password reset", e);
        }
    }

    Optional<Pending> find(String accountId) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT code_hash, expires_at, attempts FROM password_resets" + " WHERE account_id = ?")) {
            s.setString(1, accountId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Pending(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getInt(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("read password reset", e);
        }
    }

    void countWrongTry(String accountId) {
        update("UPDATE password_resets SET attempts = attempts + 1 WHERE account_id = ?", accountId);
    }

    void delete(String accountId) {
        update("DELETE FROM password_resets WHERE account_id = ?", accountId);
    }

    private void update(String sql, String accountId) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, accountId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update password reset", e);
        }
    }
}
