package dev.coms.client.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RoomAddressTest {

    @Test
    void httpBecomesWsAndHttpsBecomesWss() {
        assertThat(RoomAddress.withTicket(URI.create("http://localhost:8080"), "m1", "t1"))
                .isEqualTo(URI.create("ws://localhost:8080/ws/rooms/m1?ticket=t1"));
        assertThat(RoomAddress.withResumeToken(URI.create("https://coms.example/"), "m1", "r1"))
                .isEqualTo(URI.create("wss://coms.example/ws/rooms/m1?resume=r1"));
    }

    @Test
    void keepsABasePathAndEncodesValues() {
        assertThat(RoomAddress.withTicket(URI.create("https://example.org/coms"), "a b", "x+y/z="))
                .hasToString("wss://example.org/coms/ws/rooms/a%20b?ticket=x%2By%2Fz%3D");
    }

    @Test
    void refusesOtherSchemesAndMissingParts() {
        assertThatThrownBy(() -> RoomAddress.withTicket(URI.create("ftp://x"), "m", "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomAddress.withTicket(URI.create("http://x"), "m", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
