package dev.coms.client.ui.session;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the session and preferences of the current OS user in one folder (the app passes its config folder, see
 * {@code AppDirs.config()}). The folder and files are readable by their owner only. A password is never stored:
 * only the bearer token and its expiry. Not thread-safe; use from the FX thread.
 */
public final class LocalStore {

    private static final Logger log = LoggerFactory.getLogger(LocalStore.class);
    private static final String SESSION = "session.properties";
    private static final String PREFERENCES = "preferences.properties";

    private final Path dir;

    public LocalStore(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /** The remembered session, if any. */
    public Optional<UserSession> loadSession() {
        return read(SESSION).flatMap(p -> {
            try {
                String token = p.getProperty("token");
                String expires = p.getProperty("expiresAt");
                return Optional.of(new UserSession(
                        URI.create(p.getProperty("server")),
                        p.getProperty("displayName"),
                        token,
                        expires == null ? null : Instant.parse(expires),
                        p.getProperty("email")));
            } catch (RuntimeException e) {
                log.warn("Ignoring an unreadable session file: {}", e.toString());
                return Optional.empty();
            }
        });
    }

    public void saveSession(UserSession session) {
        Properties p = new Properties();
        p.setProperty("server", session.server().toString());
        p.setProperty("displayName", session.displayName());
        if (session.token() != null) {
            p.setProperty("token", session.token());
        }
        if (session.expiresAt() != null) {
            p.setProperty("expiresAt", session.expiresAt().toString());
        }
        if (session.email() != null) {
            p.setProperty("email", session.email());
        }
        write(SESSION, p);
    }

    public void clearSession() {
        try {
            Files.deleteIfExists(dir.resolve(SESSION));
        } catch (IOException e) {
            log.warn("Could not delete the session file: {}", e.toString());
        }
    }

    /** The saved preferences, or defaults with a new device id (saved at once so the id stays stable). */
    public ClientPreferences loadPreferences() {
        Optional<Properties> stored = read(PREFERENCES);
        if (stored.isEmpty() || stored.get().getProperty("deviceId") == null) {
            ClientPreferences fresh =
                    ClientPreferences.defaults(UUID.randomUUID().toString());
            savePreferences(fresh);
            return fresh;
        }
        Properties p = stored.get();
        return new ClientPreferences(
                URI.create(p.getProperty("lastServer", ClientPreferences.DEFAULT_SERVER.toString())),
                p.getProperty("deviceId"),
                flag(p, "joinLeaveSound"),
                flag(p, "chatSound"),
                flag(p, "reminders"),
                p.getProperty("camera"),
                p.getProperty("microphone"),
                p.getProperty("speaker"),
                p.getProperty("lastEmail"));
    }

    public void savePreferences(ClientPreferences prefs) {
        Properties p = new Properties();
        p.setProperty("lastServer", prefs.lastServer().toString());
        p.setProperty("deviceId", prefs.deviceId());
        p.setProperty("joinLeaveSound", Boolean.toString(prefs.joinLeaveSound()));
        p.setProperty("chatSound", Boolean.toString(prefs.chatSound()));
        p.setProperty("reminders", Boolean.toString(prefs.reminders()));
        putIfSet(p, "camera", prefs.camera());
        putIfSet(p, "microphone", prefs.microphone());
        putIfSet(p, "speaker", prefs.speaker());
        putIfSet(p, "lastEmail", prefs.lastEmail());
        write(PREFERENCES, p);
    }

    private static boolean flag(Properties p, String key) {
        return !"false".equals(p.getProperty(key));
    }

    private static void putIfSet(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    private Optional<Properties> read(String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Could not read {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private void write(String name, Properties p) {
        try {
            boolean posix =
                    FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Files.createDirectories(dir);
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            if (posix) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer out = Files.newBufferedWriter(tmp)) {
                p.store(out, "Coms");
            }
            move(tmp, dir.resolve(name));
        } catch (IOException e) {
            log.warn("Could not save {} in {}: {}", name, dir, e.toString());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
