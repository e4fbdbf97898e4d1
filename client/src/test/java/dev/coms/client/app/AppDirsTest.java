package dev.coms.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsTheXdgDirectories() {
        AppDirs dirs = AppDirs.of(
                "Linux",
                Map.of("XDG_RUNTIME_DIR", "/run/user/1000", "XDG_STATE_HOME", "/s"),
                HOME,
                Path.of("/tmp"),
                "ada");
        assertThat(dirs.instanceSocket()).isEqualTo(Path.of("/run/user/1000/coms/coms.sock"));
        assertThat(dirs.logFile()).isEqualTo(Path.of("/s/coms/coms.log"));
        assertThat(dirs.nativeLibraries()).isEqualTo(Path.of("/home/ada/.cache/coms/native"));
        assertThat(dirs.config()).isEqualTo(Path.of("/home/ada/.config/coms"));
        assertThat(AppDirs.of("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME, Path.of("/tmp"), "ada")
                        .config())
                .isEqualTo(Path.of("/cfg/coms"));
    }

    @Test
    void linuxWithoutARuntimeDirUsesAPerUserFolderInTmp() {
        AppDirs dirs = AppDirs.of("Linux", Map.of(), HOME, Path.of("/tmp"), "ada");
        assertThat(dirs.instanceSocket()).isEqualTo(Path.of("/tmp/coms-ada/coms.sock"));
        assertThat(dirs.logFile()).isEqualTo(Path.of("/home/ada/.local/state/coms/coms.log"));
    }

    @Test
    void macOsAndWindowsUseTheirOwnConventions() {
        AppDirs mac = AppDirs.of("Mac OS X", Map.of("TMPDIR", "/var/folders/xy/T"), HOME, Path.of("/tmp"), "ada");
        assertThat(mac.instanceSocket()).isEqualTo(Path.of("/var/folders/xy/T/coms/coms.sock"));
        assertThat(mac.logFile()).isEqualTo(Path.of("/home/ada/Library/Logs/Coms/coms.log"));
        assertThat(mac.config()).isEqualTo(Path.of("/home/ada/Library/Application Support/Coms"));

        AppDirs windows = AppDirs.of(
                "Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), HOME, Path.of("/tmp"), "ada");
        assertThat(windows.instanceSocket()).isEqualTo(Path.of("/c/Users/ada/AppData/Local/Coms/run/coms.sock"));
        assertThat(windows.config()).isEqualTo(Path.of("/home/ada/AppData/Roaming/Coms"));
        assertThat(AppDirs.of(
                                "Windows 11",
                                Map.of("APPDATA", "/c/Users/ada/AppData/Roaming"),
                                HOME,
                                Path.of("/tmp"),
                                "ada")
                        .config())
                .isEqualTo(Path.of("/c/Users/ada/AppData/Roaming/Coms"));
    }
}
