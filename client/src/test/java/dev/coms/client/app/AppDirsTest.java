package dev.coms.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsTheXdgDirectories() {
        AppDirs dirs = AppDirs.of("Linux", Map.of("XDG_RUNTIME_DIR", "/run/user/1000", "XDG_STATE_HOME", "/s"),
                HOME, Path.of("/tmp"), "ada");
        assertThat(dirs.instanceSocket()).isEqualTo(Path.of("/run/user/1000/coms/coms.sock"));
        assertThat(dirs.logFile()).isEqualTo(Path.of("/s/coms/coms.log"));
        assertThat(dirs.nativeLibraries()).isEqualTo(Path.of("/home/ada/.cache/coms/native"));
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

        AppDirs windows = AppDirs.of("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), HOME,
                Path.of("/tmp"), "ada");
        assertThat(windows.instanceSocket()).isEqualTo(Path.of("/c/Users/ada/AppData/Local/Coms/run/coms.sock"));
    }
}
