package dev.coms.server.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coms.server.config.ServerSettings;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
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
    void onlyWebAddressesAreAccepted() {
        assertThatThrownBy(() -> settings(Map.of("coms.downloads-url", "javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coms.downloads-url");
    }
}
