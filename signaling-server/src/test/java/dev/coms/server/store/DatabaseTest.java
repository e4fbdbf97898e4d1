package dev.coms.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coms.server.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void h2FileDatabaseIsMigratedOnOpen() throws Exception {
        assertThat(tablesOf(TestDatabases.h2())).contains("accounts", "sessions", "meetings", "meeting_bans");
    }

    @Test
    void postgresDatabaseIsMigratedOnOpen() throws Exception {
        assumeTrue(
                TestDatabases.postgresConfigured() || System.getenv("CI") != null,
                "PostgreSQL not configured (./coms test starts one)");
        assertThat(tablesOf(TestDatabases.postgres())).contains("accounts", "sessions", "meetings", "meeting_bans");
    }

    private static List<String> tablesOf(DbSettings settings) throws Exception {
        try (Database db = Database.open(settings);
                Connection c = db.connection();
                ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO accounts (id, email, display_name, password_hash, created_at)"
                        + " VALUES ('a1', 'a@example.org', 'A', 'x', 0)");
            }
            return names;
        }
    }
}
