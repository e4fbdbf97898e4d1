package dev.coms.server.testing;

import dev.coms.server.store.DbSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Databases for tests: a fresh H2 file database, or a fresh schema on the PostgreSQL server named by
 * {@code COMS_TEST_PG_URL} / {@code COMS_TEST_PG_USER} / {@code COMS_TEST_PG_PASSWORD} (the test command starts one).
 */
public final class TestDatabases {

    private TestDatabases() {}

    public static DbSettings h2() {
        try {
            Path dir = Files.createTempDirectory("coms-h2-");
            return new DbSettings(DbSettings.h2FileUrl(dir.resolve("coms")), "", "", 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a PostgreSQL server was configured for the tests. */
    public static boolean postgresConfigured() {
        String url = System.getenv("COMS_TEST_PG_URL");
        return url != null && !url.isBlank();
    }

    /** A new, empty schema on the configured PostgreSQL server. */
    public static DbSettings postgres() {
        String base = System.getenv("COMS_TEST_PG_URL");
        String user = env("COMS_TEST_PG_USER", "coms");
        String password = env("COMS_TEST_PG_PASSWORD", "coms");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests not reachable at " + base, e);
        }
        String sep = base.contains("?") ? "&" : "?";
        return new DbSettings(base + sep + "currentSchema=" + schema, user, password, 4);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
