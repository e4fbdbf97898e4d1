package dev.coms.server.meetings;

import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
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

/** Meetings and bans in the database (plain JDBC; the same SQL on H2 and PostgreSQL). Thread-safe. */
public final class MeetingStore {

    private static final String SELECT = "SELECT m.id, m.mode, m.title, m.topic, m.host_account_id, a.display_name,"
            + " m.starts_at, m.host_zone, m.passcode_hash, m.passcode_sealed, m.state"
            + " FROM meetings m JOIN accounts a ON a.id = m.host_account_id ";

    private final Database db;

    public MeetingStore(Database db) {
        this.db = db;
    }

    /** Stores a new meeting; committed when this returns. */
    public void insert(Meeting m, Instant now) {
        String sql = "INSERT INTO meetings (id, mode, title, topic, host_account_id, starts_at, host_zone,"
                + " passcode_hash, passcode_sealed, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, m.id());
            s.setString(2, m.mode().name());
            s.setString(3, m.title());
            s.setString(4, m.topic());
            s.setString(5, m.hostAccountId());
            s.setLong(6, m.startsAt().toEpochMilli());
            s.setString(7, m.hostZone());
            s.setString(8, m.passcodeHash());
            s.setString(9, m.passcodeSealed());
            s.setString(10, m.stored().name());
            s.setLong(11, now.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("insert meeting", e);
        }
    }

    public Optional<Meeting> find(String id) {
        List<Meeting> found = query(SELECT + "WHERE m.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** The host's meetings that are neither cancelled nor ended, in start order. */
    public List<Meeting> activeOfHost(String accountId) {
        return query(
                SELECT + "WHERE m.host_account_id = ? AND m.state = 'SCHEDULED' ORDER BY m.starts_at, m.id", accountId);
    }

    /** Open meetings that are neither cancelled nor ended, in start order. */
    public List<Meeting> activeOpen() {
        return query(
                SELECT + "WHERE m.mode = ? AND m.state = 'SCHEDULED' ORDER BY m.starts_at, m.id",
                MeetingMode.OPEN.name());
    }

    /** Meetings neither cancelled nor ended that started at or before {@code by}. */
    public List<Meeting> activeStartedBy(Instant by) {
        return query(
                SELECT + "WHERE m.state = 'SCHEDULED' AND m.starts_at <= ? ORDER BY m.starts_at, m.id",
                by.toEpochMilli());
    }

    /** Moves a SCHEDULED meeting to CANCELLED or ENDED; false when it was not SCHEDULED (any more). */
    public boolean finish(String id, MeetingState to, Instant at) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE meetings SET state = ?, ended_at = ? WHERE id = ? AND state = 'SCHEDULED'")) {
            s.setString(1, to.name());
            s.setLong(2, at.toEpochMilli());
            s.setString(3, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("finish meeting", e);
        }
    }

    /**
     * Changes a scheduled meeting's title, topic and start; false when it is no longer only scheduled (started,
     * cancelled or ended meanwhile) or its start already passed at {@code now}.
     */
    public boolean reschedule(String id, String title, String topic, Instant startsAt, String zone, Instant now) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("UPDATE meetings SET title = ?, topic = ?, starts_at = ?,"
                        + " host_zone = ? WHERE id = ? AND state = 'SCHEDULED' AND starts_at > ?")) {
            s.setString(1, title);
            s.setString(2, topic);
            s.setLong(3, startsAt.toEpochMilli());
            s.setString(4, zone);
            s.setString(5, id);
            s.setLong(6, now.toEpochMilli());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("reschedule meeting", e);
        }
    }

    /** Bans an identity from a meeting (idempotent). */
    public void ban(String meetingId, String identityKey, Instant now) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO meeting_bans (meeting_id, identity_key, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, meetingId);
            s.setString(2, identityKey);
            s.setLong(3, now.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            if (!StoreException.isDuplicateKey(e)) {
                throw new StoreException("ban", e);
            }
        }
    }

    public boolean isBanned(String meetingId, String identityKey) {
        try (Connection c = db.connection();
                PreparedStatement s =
                        c.prepareStatement("SELECT 1 FROM meeting_bans WHERE meeting_id = ? AND identity_key = ?")) {
            s.setString(1, meetingId);
            s.setString(2, identityKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("read ban", e);
        }
    }

    private List<Meeting> query(String sql, Object param) {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet rs = s.executeQuery()) {
                List<Meeting> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Meeting(
                            rs.getString(1),
                            MeetingMode.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            Instant.ofEpochMilli(rs.getLong(7)),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10),
                            MeetingState.valueOf(rs.getString(11))));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("read meetings", e);
        }
    }
}
