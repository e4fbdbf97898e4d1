package dev.coms.client.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

    @TempDir
    Path home;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void sessionFileIsReadableByItsOwnerOnly() throws Exception {
        LocalStore store = new LocalStore(home.resolve("coms"));
        store.saveSession(new UserSession(
                URI.create("https://coms.example.org"),
                "Ada",
                "secret-token",
                Instant.parse("2030-01-01T00:00:00Z"),
                "ada@example.org"));

        Path file = home.resolve("coms/session.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void sessionSurvivesARestartAndSignOutForgetsIt() {
        LocalStore store = new LocalStore(home.resolve("coms"));
        UserSession session = new UserSession(
                URI.create("https://coms.example.org"),
                "Ada",
                "secret-token",
                Instant.parse("2030-01-01T00:00:00Z"),
                "ada@example.org");
        store.saveSession(session);

        assertThat(new LocalStore(home.resolve("coms")).loadSession()).contains(session);
        store.clearSession();
        assertThat(new LocalStore(home.resolve("coms")).loadSession()).isEmpty();
    }

    @Test
    void aDamagedSessionFileMeansSignedOutNotACrash() throws Exception {
        Files.createDirectories(home.resolve("coms"));
        Files.writeString(home.resolve("coms/session.properties"), "server=::not a uri::\nexpiresAt=tomorrow\n");
        assertThat(new LocalStore(home.resolve("coms")).loadSession()).isEmpty();
    }

    @Test
    void deviceIdIsCreatedOnceAndKept() {
        String first = new LocalStore(home).loadPreferences().deviceId();
        String again = new LocalStore(home).loadPreferences().deviceId();
        assertThat(first).isNotBlank().isEqualTo(again);
    }

    @Test
    void soundChoicesAreKept() {
        LocalStore store = new LocalStore(home);
        store.savePreferences(store.loadPreferences().withSounds(false, true, false));
        ClientPreferences read = new LocalStore(home).loadPreferences();
        assertThat(read.joinLeaveSound()).isFalse();
        assertThat(read.chatSound()).isTrue();
        assertThat(read.reminders()).isFalse();
    }
}
