package dev.coms.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.signal.IceServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class IceServerTest {

    @Test
    void wellFormedUrlsPass() {
        assertThat(List.of(
                        "stun:stun.l.google.com:19302",
                        "stuns:stun.example.org",
                        "turn:10.0.0.2:3478",
                        "turn:turn.example.org:3478?transport=udp",
                        "turns:turn.example.org:5349?transport=tcp",
                        "stun:[2001:db8::1]:3478",
                        "STUN:Stun.Example.Org"))
                .allMatch(IceServer::isValidUrl);
    }

    @Test
    void urlsThatWouldCrashANativeLibraryAreRefused() {
        assertThat(List.of(
                        "",
                        " ",
                        "stun.example.org:3478",
                        "stun:",
                        "stun://stun.example.org",
                        "http://x.org",
                        "stun:exa mple.org",
                        "stun:x.org:0",
                        "stun:x.org:99999",
                        "stun:x.org?transport=udp",
                        "turn:-bad-.org",
                        "turn:x.org:3478?transport=sctp",
                        "stun:x.org\u0000"))
                .noneMatch(IceServer::isValidUrl);
        assertThat(IceServer.isValidUrl(null)).isFalse();
    }

    @Test
    void turnNeedsCredentials() {
        assertThat(new IceServer(List.of("stun:stun.example.org"), null, null).isUsable())
                .isTrue();
        assertThat(new IceServer(List.of("turn:turn.example.org"), null, null).isUsable())
                .isFalse();
        assertThat(new IceServer(List.of("turn:turn.example.org"), "1:p", "c2VjcmV0").isUsable())
                .isTrue();
        assertThat(new IceServer(List.of(), null, null).isUsable()).isFalse();
        assertThat(new IceServer(null, null, null).isUsable()).isFalse();
    }
}
