package dev.coms.server.store;

import io.helidon.config.Config;
import java.nio.file.Path;

/**
 * Database settings ({@code coms.db} in {@code application.yaml}). An empty URL means the embedded H2 file database
 * under {@link #defaultDataDir()}.
 */
public record DbSettings(String url, String user, String password, int poolSize) {

    /** Reads {@code coms.db}; an empty URL becomes the embedded file database. */
    public static DbSettings from(Config db) {
        String url = db.get("url").asString().orElse("");
        if (url.isBlank()) {
            url = h2FileUrl(defaultDataDir().resolve("coms"));
        }
        return new DbSettings(
                url,
                db.get("user").asString().orElse(""),
                db.get("password").asString().orElse(""),
                db.get("pool-size").asInt().orElse(8));
    }

    /**
     * An embedded H2 file URL. {@code WRITE_DELAY=0} makes every acknowledged commit reach the file at once, so it
     * survives the process being killed.
     */
    public static String h2FileUrl(Path fileWithoutSuffix) {
        return "jdbc:h2:file:" + fileWithoutSuffix.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** {@code $XDG_DATA_HOME/coms-server}, else {@code ~/.local/share/coms-server}. */
    public static Path defaultDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("coms-server");
    }

    /** The password never appears in logs. */
    @Override
    public String toString() {
        return "DbSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
