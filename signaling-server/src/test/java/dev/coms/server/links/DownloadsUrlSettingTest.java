package dev.coms.server.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coms.server.config.ServerSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DownloadsUrlSettingTest {

    private static ServerSettings settings(Map<String, String> values) {
        return ServerSettings.from(Config.just(ConfigSources.create(values)));
    }

    @Test
    void withoutASettingTheInstallersAreOfferedUnderThePublicAddress() {
        var settings = settings(Map.of("coms.public-url", "https://meet.example.org/"));
        assertThat(settings.downloadsUrl()).hasToString("https://meet.example.org/downloads/");
    }

    @Test
    void anOperatorCanPointTheInvitationPageElsewhere() {
        var settings = settings(Map.of("coms.downloads-url", "https://cdn.example.org/coms/"));
        assertThat(settings.downloadsUrl()).hasToString("https://cdn.example.org/coms/");
    }

    @Test
    void withoutAPublicAddressLinksPointAtThisServersPort() {
        var settings = settings(Map.of("server.port", "9191"));
        assertThat(settings.publicUrl()).hasToString("http://localhost:9191");
        assertThat(settings.downloadsUrl()).hasToString("http://localhost:9191/downloads/");
    }

    @Test
    void plainEnvironmentVariableNamesSetTheAddresses() {
        var env = EnvironmentVariables.expand(Map.of(
                "COMS_PUBLIC_URL", "https://meet.example.org", "COMS_DOWNLOADS_URL", "https://cdn.example.org/"));
        var settings = ServerSettings.from(Config.just(ConfigSources.create(env)));
        assertThat(settings.publicUrl()).hasToString("https://meet.example.org");
        assertThat(settings.downloadsUrl()).hasToString("https://cdn.example.org/");
    }

    @Test
    void theDashEnvironmentVariableNamesStillWork() {
        var env = EnvironmentVariables.expand(Map.of("COMS_PUBLIC_dash_URL", "https://meet.example.org"));
        var settings = ServerSettings.from(Config.just(ConfigSources.create(env)));
        assertThat(settings.publicUrl()).hasToString("https://meet.example.org");
    }

    @Test
    void onlyWebAddressesAreAccepted() {
        assertThatThrownBy(() -> settings(Map.of("coms.downloads-url", "javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coms.downloads-url");
    }
}
