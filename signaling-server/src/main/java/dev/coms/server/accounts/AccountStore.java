package dev.coms.server.accounts;

import dev.coms.server.store.Database;
import dev.coms.server.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts and their sign-in sessions in the database. Session tokens are stored only as SHA-256 hashes. */
public final class AccountStore {

    private static final String ACCOUNT_COLUMNS = "a.id, a.email, a.display_name, a.password_hash";

    private final Database db;

    public AccountStore(Database db) {
        this.db = db;
    }

    /** Inserts an account; false when the email is taken. */
    public boolean insert(Account account, Instant now) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("INSERT INTO accounts"
                        + " (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, account.id());
            s.setString(2, account.email());
            s.setString(3, account.displayName());
            s.setString(4, account.passwordHash());
            s.setLong(5, now.toEpochMilli());
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (StoreException.isDuplicateKey(e)) {
                return false;
            }
            throw new StoreException("insert account", e);
        }
    }

    public Optional<Account> byEmail(String email) {
        return one("SELECT " + ACCOUNT_COLUMNS + " FROM accounts a WHERE a.email = ?", email, Long.MIN_VALUE);
    }

    public Optional<Account> byId(String id) {
        return one("SELECT " + ACCOUNT_COLUMNS + " FROM accounts a WHERE a.id = ?", id, Long.MIN_VALUE);
    }

    /** Records a session by the hash of its token. */
    public void insertSession(String tokenHash, String accountId, Instant now, Instant expiresAt) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("INSERT INTO sessions"
                        + " (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, tokenHash);
            s.setString(2, accountId);
            s.setLong(3, now.toEpochMilli());
            s.setLong(4, expiresAt.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("insert session", e);
        }
    }

    /** The account of an unexpired session, found by its token hash. */
    public Optional<Account> bySession(String tokenHash, Instant now) {
        return one(
                "SELECT " + ACCOUNT_COLUMNS + " FROM sessions s JOIN accounts a ON a.id = s.account_id"
                        + " WHERE s.token_hash = ? AND s.expires_at > ?",
                tokenHash,
                now.toEpochMilli());
    }

    /** Revokes a session. */
    public void deleteSession(String tokenHash) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
            s.setString(1, tokenHash);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("delete session", e);
        }
    }

    /** Removes sessions that expired at or before {@code now}; returns how many. */
    public int deleteExpiredSessions(Instant now) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
            s.setLong(1, now.toEpochMilli());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("delete expired sessions", e);
        }
    }

    private Optional<Account> one(String sql, String key, long now) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            if (now != Long.MIN_VALUE) {
                s.setLong(2, now);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("read account", e);
        }
    }

    /** Replaces an account's password hash. */
    public void updatePassword(String accountId, String passwordHash) {
        update("UPDATE accounts SET password_hash = ? WHERE id = ?", "update password", passwordHash, accountId);
    }

    /** Revokes every session of an account but the one with {@code keepTokenHash} (null: all of them). */
    public void deleteSessionsOf(String accountId, String keepTokenHash) {
        update(
                "DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?",
                "delete sessions",
                accountId,
                keepTokenHash == null ? "" : keepTokenHash);
    }

    /** Revokes the oldest sessions of an account so that at most {@code keep} remain. */
    public void trimSessions(String accountId, int keep) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("SELECT token_hash FROM sessions WHERE account_id = ?"
                        + " ORDER BY created_at DESC, token_hash")) {
            s.setString(1, accountId);
            List<String> old = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                for (int row = 0; rs.next(); row++) {
                    if (row >= keep) {
                        old.add(rs.getString(1));
                    }
                }
            }
            for (String hash : old) {
                deleteSession(hash);
            }
        } catch (SQLException e) {
            throw new StoreException("trim sessions", e);
        }
    }

    private void update(String sql, String what, String first, String second) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, first);
            s.setString(2, second);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }
}
