package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RoomAddressTest {

    private static final URI LOCAL = URI.create("http://localhost:8080");

    @Test
    void httpBecomesWsAndHttpsBecomesWss() {
        assertThat(RoomAddress.withTicket(RoomAddress.room(LOCAL, "m1", null), "t1"))
                .isEqualTo(URI.create("ws://localhost:8080/ws/rooms/m1?ticket=t1"));
        assertThat(RoomAddress.room(URI.create("https://coms.example/"), "m1", ""))
                .as("a resume opens the room with no query; the token goes in the first message")
                .isEqualTo(URI.create("wss://coms.example/ws/rooms/m1"));
    }

    @Test
    void withoutASignalingUrlKeepsABasePathAndEncodesValues() {
        assertThat(RoomAddress.withTicket(
                        RoomAddress.room(URI.create("https://example.org/coms"), "a b", null), "x+y/z="))
                .hasToString("wss://example.org/coms/ws/rooms/a%20b?ticket=x%2By%2Fz%3D");
    }

    @Test
    void theTicketsSignalingUrlIsResolvedAgainstTheServer() {
        assertThat(RoomAddress.room(LOCAL, "m1", "/ws/rooms/m1"))
                .isEqualTo(URI.create("ws://localhost:8080/ws/rooms/m1"));
        assertThat(RoomAddress.room(URI.create("https://example.org/coms/"), "m1", "/edge/rooms/m1"))
                .as("an absolute path replaces the server's base path")
                .isEqualTo(URI.create("wss://example.org/edge/rooms/m1"));
        assertThat(RoomAddress.room(URI.create("https://example.org/coms"), "m1", "ws/rooms/m1"))
                .as("a relative path stays below the base path")
                .isEqualTo(URI.create("wss://example.org/coms/ws/rooms/m1"));
        assertThat(RoomAddress.room(LOCAL, "m1", "wss://node-2.example.org:8443/ws/rooms/m1"))
                .as("an absolute address (another node) is used as it is")
                .isEqualTo(URI.create("wss://node-2.example.org:8443/ws/rooms/m1"));
        assertThat(RoomAddress.withTicket(RoomAddress.room(LOCAL, "m1", "/ws/rooms/m1?node=2"), "t"))
                .isEqualTo(URI.create("ws://localhost:8080/ws/rooms/m1?node=2&ticket=t"));
    }

    @Test
    void refusesOtherSchemesAndMissingParts() {
        assertThatThrownBy(() -> RoomAddress.room(URI.create("ftp://x"), "m", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomAddress.room(LOCAL, "m", "ftp://x/ws/rooms/m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomAddress.room(LOCAL, " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomAddress.withTicket(RoomAddress.room(LOCAL, "m", null), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
