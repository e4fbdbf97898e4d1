package dev.coms.server.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coms.protocol.signal.IceServer;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomSettingsTest {

    @Test
    void theShippedConfigurationGivesTheDocumentedDefaults() {
        RoomSettings s = RoomSettings.from(Config.just(ConfigSources.classpath("application.yaml")));
        assertThat(s.grace()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.capacity()).isEqualTo(8);
        assertThat(s.maxMessageBytes()).isEqualTo(65536);
        assertThat(s.rateBurst()).isEqualTo(200);
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofSeconds(40));
        assertThat(s.ice().stunUrls()).containsExactly("stun:stun.l.google.com:19302");
        assertThat(s.ice().turnUrls()).isEmpty();
    }

    @Test
    void overridesAreReadAndTheSecretStaysOutOfToString() {
        Config config = Config.just(ConfigSources.create(Map.of(
                "coms.rooms.grace", "90s",
                "coms.rooms.capacity", "4",
                "coms.rooms.ice.turn.urls.0", "turn:turn.example.org:3478",
                "coms.rooms.ice.turn.secret", "very-secret",
                "coms.rooms.ice.turn.ttl", "PT2H")));
        RoomSettings s = RoomSettings.from(config);
        assertThat(s.grace()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.capacity()).isEqualTo(4);
        assertThat(s.ice().turnTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(s.toString()).doesNotContain("very-secret");
    }

    @Test
    void nonsenseIsRefusedWithAMessageNamingTheKey() {
        assertThatThrownBy(
                        () -> RoomSettings.from(Config.just(ConfigSources.create(Map.of("coms.rooms.grace", "soon")))))
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> RoomSettings.from(
                        Config.just(ConfigSources.create(Map.of("coms.rooms.ice.turn.urls.0", "turn:x")))))
                .hasMessageContaining("coms.rooms.ice.turn.secret");
    }

    @Test
    void anIceUrlThatCouldCrashAClientStopsTheServerNamingTheSetting() {
        for (String bad : List.of("", "stun.example.org:3478", "turn:relay.example.org")) {
            assertThatThrownBy(() -> RoomSettings.from(Config.just(ConfigSources.create(Map.of(
                            "coms.rooms.ice.stun-urls.0", "stun:ok.example.org", "coms.rooms.ice.stun-urls.1", bad)))))
                    .as(bad)
                    .hasMessageContaining("coms.rooms.ice.stun-urls[1]");
        }
        assertThatThrownBy(() -> RoomSettings.from(Config.just(ConfigSources.create(Map.of(
                        "coms.rooms.ice.turn.urls.0", "relay.example.org:3478", "coms.rooms.ice.turn.secret", "s")))))
                .hasMessageContaining("coms.rooms.ice.turn.urls[0]");
    }

    @Test
    void turnCredentialsFollowCoturnsRestScheme() {
        // Reference value: printf '%s' '1893492000:p1' | openssl dgst -sha1 -hmac north-secret -binary | base64
        Clock clock = Clock.fixed(Instant.parse("2030-01-01T08:00:00Z"), ZoneOffset.UTC);
        var ice = new RoomSettings.IceSettings(
                List.of(), List.of("turn:t.example.org"), "north-secret", Duration.ofHours(2));
        IceServer turn = new IceServerFactory(ice, clock).forParticipant("p1").getFirst();
        assertThat(turn.username()).isEqualTo("1893492000:p1");
        assertThat(turn.credential()).isEqualTo("UTKOebpZmDGnHKXKG6xOxXxe1MQ=");
    }
}
