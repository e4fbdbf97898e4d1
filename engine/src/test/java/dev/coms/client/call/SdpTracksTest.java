package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.peer.TrackKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdpTracksTest {

    private static final String SDP = String.join(
            "\r\n",
            "v=0",
            "o=- 1 2 IN IP4 127.0.0.1",
            "s=-",
            "t=0 0",
            "a=group:BUNDLE 0 1 2 3",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111",
            "a=mid:0",
            "a=msid:audio 3f1e-audio",
            "a=sendrecv",
            "m=video 9 UDP/TLS/RTP/SAVPF 96",
            "a=mid:1",
            "a=msid:camera 7d2b0c",
            "a=sendrecv",
            "m=video 9 UDP/TLS/RTP/SAVPF 96",
            "a=mid:2",
            "a=msid:screen 0a9f11",
            "a=sendonly",
            "m=video 9 UDP/TLS/RTP/SAVPF 96",
            "a=mid:3",
            "a=recvonly",
            "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
            "a=mid:4",
            "");

    @Test
    void eachMSectionSaysWhatItCarriesByItsStreamId() {
        assertThat(SdpTracks.kinds(SDP))
                .isEqualTo(Map.of("0", TrackKind.AUDIO, "1", TrackKind.CAMERA, "2", TrackKind.SCREEN));
    }

    @Test
    void aBrowserStyleStreamIdOrATrackIdPrefixAlsoCounts() {
        String sdp = "m=video 9 UDP/TLS/RTP/SAVPF 96\na=mid:v1\na=msid:- screen-4411\n";
        assertThat(SdpTracks.kinds(sdp)).containsEntry("v1", TrackKind.SCREEN);
        assertThat(SdpTracks.kinds(null)).isEmpty();
        assertThat(SdpTracks.kinds("garbage\nm=\na=mid:")).isEmpty();
    }
}
