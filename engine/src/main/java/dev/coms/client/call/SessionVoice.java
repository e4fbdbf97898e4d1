package dev.coms.client.call;

import dev.coms.protocol.peer.PeerCodec;
import dev.coms.protocol.peer.PeerMessage;
import java.time.Clock;
import java.util.Map;

/**
 * Who is speaking. Each participant measures their own microphone (WebRTC's send-side {@code audioLevel}, which
 * works without a sound device to play on) and, while speaking, tells every peer its level over the data channel
 * a few times a second ({@link PeerMessage.Voice}), with a last zero when it stops. Peers and the own level feed one
 * {@link ActiveSpeaker}; changes go to {@link CallListener#onActiveSpeaker}. A peer's claim only ever moves a
 * highlight, and it is attributed to the link it came on. Confined to the session thread.
 */
final class SessionVoice {

    private final Clock clock;
    private final Roster roster;
    private final Map<String, PeerLink> links;
    private final CallListener listener;
    private final PeerCodec codec = new PeerCodec();
    private final VoiceGate gate = new VoiceGate();
    private final ActiveSpeaker speaker = new ActiveSpeaker();

    SessionVoice(Clock clock, Roster roster, Map<String, PeerLink> links, CallListener listener) {
        this.clock = clock;
        this.roster = roster;
        this.links = links;
        this.listener = listener;
    }

    /** The own microphone's level now (0 when muted or absent). */
    void localLevel(double level) {
        boolean was = gate.speaking();
        boolean now = gate.update(clean(level), clock.instant());
        if (now || was) {
            double sent = now ? Math.max(clean(level), 0.001) : 0; // while speaking, never report "silent"
            byte[] payload = codec.encode(new PeerMessage.Voice(Math.round(sent * 1000) / 1000.0));
            links.values().forEach(link -> link.sendChat(payload));
            String self = roster.selfId();
            if (self != null && speaker.heard(self, sent, clock.instant())) {
                announce();
            }
        }
    }

    /** A peer reported its level. */
    void heard(String peerId, double level) {
        if (links.containsKey(peerId) && speaker.heard(peerId, clean(level), clock.instant())) {
            announce();
        }
    }

    /** A peer left the call. */
    void forget(String peerId) {
        if (speaker.forget(peerId, clock.instant())) {
            announce();
        }
    }

    /** Expires reports of peers that went quiet without saying so. */
    void tick() {
        if (speaker.tick(clock.instant())) {
            announce();
        }
    }

    private void announce() {
        listener.onActiveSpeaker(speaker.current());
    }

    private static double clean(double level) {
        return Double.isFinite(level) ? Math.max(0, Math.min(1, level)) : 0;
    }
}
