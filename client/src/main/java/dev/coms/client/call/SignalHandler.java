package dev.coms.client.call;

import dev.coms.client.signaling.SignalingListener;
import dev.coms.client.signaling.SignalingTransport.ConnectionState;
import dev.coms.protocol.signal.SignalMessage;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCSdpType;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the room's signaling to a {@link CallSession}: roster changes open and close peer links, relayed
 * offers, answers and candidates go to the link of their sender, and the meeting's end ends the call. Events
 * arrive on the transport's thread and are re-posted to the session thread, where all of this runs.
 */
final class SignalHandler implements SignalingListener {

    private static final Logger log = LoggerFactory.getLogger(SignalHandler.class);

    private final CallSession session;
    private final Roster roster;
    private final CallListener listener;

    SignalHandler(CallSession session, Roster roster, CallListener listener) {
        this.session = session;
        this.roster = roster;
        this.listener = listener;
    }

    @Override
    public void onMessage(SignalMessage message) {
        session.post(() -> {
            if (!session.ended()) {
                handle(message);
            }
        });
    }

    @Override
    public void onConnectionState(ConnectionState state) {
        session.post(() -> {
            if (session.ended()) {
                return;
            }
            switch (state) {
                case CONNECTING -> {}
                case CONNECTED -> listener.onStatus(new CallStatus(CallStatus.Code.SIGNALING_CONNECTED, "Connected."));
                case RECONNECTING -> listener.onStatus(new CallStatus(CallStatus.Code.SIGNALING_RECONNECTING,
                        "Connection to the server lost; reconnecting. Your call continues."));
                case CLOSED -> session.end(new CallEnd(CallEnd.Reason.CONNECTION_LOST,
                        "The connection to the server was lost. Join again to continue."));
            }
        });
    }

    @Override
    public void onRefused(String code, String message) {
        session.post(() -> {
            if (!session.ended()) {
                session.end(new CallEnd(CallEnd.Reason.REFUSED, code, message));
            }
        });
    }

    private void handle(SignalMessage message) {
        switch (message) {
            case SignalMessage.Welcome w -> welcome(w);
            case SignalMessage.ParticipantJoined j -> {
                roster.put(j.participant());
                session.openLink(j.participant().id());
                listener.onRosterChanged(roster.snapshot());
            }
            case SignalMessage.ParticipantLeft left -> {
                roster.remove(left.participantId());
                session.closeLink(left.participantId());
                listener.onParticipantLeft(left.participantId(), left.reason());
                listener.onRosterChanged(roster.snapshot());
            }
            case SignalMessage.ParticipantUpdated u -> {
                roster.put(u.participant());
                listener.onRosterChanged(roster.snapshot());
            }
            case SignalMessage.Offer o -> describe(o.from(), RTCSdpType.OFFER, o.sdp());
            case SignalMessage.Answer a -> describe(a.from(), RTCSdpType.ANSWER, a.sdp());
            case SignalMessage.Candidate c -> {
                PeerLink link = session.link(c.from());
                if (link != null) {
                    link.remoteCandidate(new RTCIceCandidate(c.sdpMid(), c.sdpMLineIndex(), c.candidate()));
                }
            }
            case SignalMessage.Expelled e -> session.end(new CallEnd(CallEnd.Reason.EXPELLED,
                    e.message() == null ? "The host removed you from the meeting." : e.message()));
            case SignalMessage.MeetingEnded e -> session.end(new CallEnd(CallEnd.Reason.MEETING_ENDED,
                    e.reason() == null ? null : e.reason().name(),
                    e.message() == null ? "The meeting has ended." : e.message()));
            case SignalMessage.HostReconnecting h -> listener.onStatus(new CallStatus(
                    CallStatus.Code.HOST_RECONNECTING, "The host lost their connection; waiting for them to return."));
            case SignalMessage.HostReturned h ->
                    listener.onStatus(new CallStatus(CallStatus.Code.HOST_RETURNED, "The host is back."));
            case SignalMessage.Error e -> {
                log.warn("Server error {} ({}) about {}", e.code(), e.message(), e.ref());
                listener.onStatus(new CallStatus(CallStatus.Code.SERVER_ERROR, e.message()));
            }
            case SignalMessage.Pong p -> {}
            case SignalMessage.MediaState m -> unexpected(m);
            case SignalMessage.Leave m -> unexpected(m);
            case SignalMessage.Expel m -> unexpected(m);
            case SignalMessage.Ping m -> unexpected(m);
            // The waiting room, the lock and resume-by-message (protocol 2) are not handled by this client yet.
            case SignalMessage.Door m -> log.debug("Ignored {}", m.getClass().getSimpleName());
        }
    }

    private void welcome(SignalMessage.Welcome w) {
        roster.welcome(w.participantId(), w.roster(), w.iceServers());
        Set<String> present = new HashSet<>(roster.others());
        for (String linked : session.linkedPeers()) {
            if (!present.contains(linked)) {
                session.closeLink(linked); // left while we were away
            }
        }
        present.forEach(session::openLink); // existing links are kept: media never stopped
        session.sendMediaState();
        if (!session.hasMicrophone()) {
            listener.onStatus(new CallStatus(CallStatus.Code.NO_SOUND,
                    "No microphone: others cannot hear you."));
        }
        listener.onJoined(w.participantId(), roster.snapshot());
    }

    private void describe(String from, RTCSdpType type, String sdp) {
        PeerLink link = session.link(from);
        if (link == null && type == RTCSdpType.OFFER && roster.contains(from)) {
            session.openLink(from);
            link = session.link(from);
        }
        if (link == null) {
            log.debug("Ignored {} from {}, who is not in the room", type, from);
            return;
        }
        link.remoteDescription(type, sdp);
    }

    private void unexpected(SignalMessage message) {
        log.warn("Ignored a {} from the server (only clients send it)", message.getClass().getSimpleName());
    }
}
