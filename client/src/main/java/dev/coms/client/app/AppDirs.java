package dev.coms.client.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * Where Coms keeps per-user files, following each operating system's conventions.
 *
 * @param runtime short-lived files such as the single-instance socket (Linux: {@code $XDG_RUNTIME_DIR/coms})
 * @param state the log file (Linux: {@code $XDG_STATE_HOME/coms}, default {@code ~/.local/state/coms})
 * @param cache re-creatable files such as unpacked native libraries (Linux: {@code ~/.cache/coms})
 * @param config the remembered session and preferences (Linux: {@code $XDG_CONFIG_HOME/coms}, default
 *     {@code ~/.config/coms}; macOS: {@code ~/Library/Application Support/Coms}; Windows: {@code %APPDATA%\Coms})
 */
public record AppDirs(Path runtime, Path state, Path cache, Path config) {

    /** The directories for this process's user and operating system. */
    public static AppDirs current() {
        return of(
                System.getProperty("os.name"),
                System.getenv(),
                Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("java.io.tmpdir")),
                System.getProperty("user.name"));
    }

    /** The directories for the given environment (visible for tests). */
    static AppDirs of(String osName, Map<String, String> env, Path home, Path tmp, String user) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path local = dir(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"))
                    .resolve("Coms");
            Path roaming = dir(env, "APPDATA", home.resolve("AppData").resolve("Roaming"))
                    .resolve("Coms");
            return new AppDirs(local.resolve("run"), local.resolve("logs"), local.resolve("cache"), roaming);
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            // macOS's TMPDIR is already private to the user.
            return new AppDirs(
                    dir(env, "TMPDIR", tmp).resolve("coms"),
                    library.resolve("Logs").resolve("Coms"),
                    library.resolve("Caches").resolve("Coms"),
                    library.resolve("Application Support").resolve("Coms"));
        }
        Path runtime = env.containsKey("XDG_RUNTIME_DIR")
                        && !env.get("XDG_RUNTIME_DIR").isBlank()
                ? Path.of(env.get("XDG_RUNTIME_DIR")).resolve("coms")
                : tmp.resolve("coms-" + user);
        return new AppDirs(
                runtime,
                dir(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                        .resolve("coms"),
                dir(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("coms"),
                dir(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("coms"));
    }

    /** The single-instance socket. */
    public Path instanceSocket() {
        return runtime.resolve("coms.sock");
    }

    /** The client's log file. */
    public Path logFile() {
        return state.resolve("coms.log");
    }

    /** Native libraries unpacked at run time (must be a directory that allows executing files). */
    public Path nativeLibraries() {
        return cache.resolve("native");
    }

    /**
     * Creates {@code dir} (and its parents) readable only by the owner where the file system has POSIX permissions.
     *
     * @throws IOException when it cannot be created, or exists and is not a directory
     */
    public static void createPrivateDirectory(Path dir) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent());
            try {
                if (posix) {
                    Files.createDirectory(
                            dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
            }
        }
        if (posix) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static Path dir(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
