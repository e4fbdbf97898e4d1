package dev.coms.client.call;

import dev.coms.client.signaling.SignalingListener;
import dev.coms.client.signaling.SignalingTransport.ConnectionState;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalMessage;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCSdpType;
import java.util.HashSet;
import java.util.Map;
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
                case CONNECTED -> listener.onStatus(CallStatus.of(CallStatus.Code.SIGNALING_CONNECTED));
                case RECONNECTING -> listener.onStatus(CallStatus.of(CallStatus.Code.SIGNALING_RECONNECTING));
                case CLOSED -> session.end(CallEnd.of(CallEnd.Reason.CONNECTION_LOST));
            }
        });
    }

    @Override
    public void onRefused(RefusalCode code) {
        session.post(() -> {
            if (!session.ended()) {
                session.end(CallEnd.refused(code));
            }
        });
    }

    private void handle(SignalMessage message) {
        switch (message) {
            case SignalMessage.Welcome w -> welcome(w);
            case SignalMessage.ParticipantJoined j -> {
                roster.put(j.participant());
                session.openLink(j.participant().id());
                listener.onParticipantJoined(j.participant());
            }
            case SignalMessage.ParticipantLeft left -> {
                roster.remove(left.participantId());
                session.closeLink(left.participantId());
                listener.onParticipantLeft(left.participantId(), left.reason());
            }
            case SignalMessage.ParticipantUpdated u -> {
                roster.put(u.participant());
                listener.onParticipantUpdated(u.participant());
            }
            case SignalMessage.Offer o -> describe(o.from(), RTCSdpType.OFFER, o.sdp());
            case SignalMessage.Answer a -> describe(a.from(), RTCSdpType.ANSWER, a.sdp());
            case SignalMessage.Candidate c -> {
                PeerLink link = session.link(c.from());
                if (link != null) {
                    link.remoteCandidate(new RTCIceCandidate(c.sdpMid(), c.sdpMLineIndex(), c.candidate()));
                }
            }
            case SignalMessage.Expelled e -> session.end(CallEnd.of(CallEnd.Reason.EXPELLED));
            case SignalMessage.MeetingEnded e -> session.end(CallEnd.meetingEnded(e.reason()));
            case SignalMessage.HostReconnecting h ->
                listener.onStatus(CallStatus.of(CallStatus.Code.HOST_RECONNECTING));
            case SignalMessage.HostReturned h -> listener.onStatus(CallStatus.of(CallStatus.Code.HOST_RETURNED));
            case SignalMessage.Error e -> {
                log.warn("Server error {} ({}) about {}", e.code(), e.message(), e.ref());
                listener.onStatus(CallStatus.serverError(e.code()));
            }
            case SignalMessage.Pong p -> {}
            case SignalMessage.MediaState m -> unexpected(m);
            case SignalMessage.Leave m -> unexpected(m);
            case SignalMessage.Expel m -> unexpected(m);
            case SignalMessage.Ping m -> unexpected(m);
            case SignalMessage.Door door -> door(door);
        }
    }

    /** The waiting room and the lock (docs/protocol.md, "Lock and waiting room"). */
    private void door(SignalMessage.Door message) {
        switch (message) {
            case SignalMessage.Waiting w -> listener.onStatus(CallStatus.of(CallStatus.Code.WAITING_FOR_ADMISSION));
            case SignalMessage.Knocking k -> listener.onKnocking(k.participantId(), k.displayName(), k.guest());
            case SignalMessage.KnockWithdrawn k -> listener.onKnockWithdrawn(k.participantId());
            case SignalMessage.RoomState r -> listener.onRoomState(r.locked(), r.waitingRoom());
            case SignalMessage.Refused r -> session.end(CallEnd.refused(r.code()));
            case SignalMessage.Resume m -> unexpected(m);
            case SignalMessage.Admit m -> unexpected(m);
            case SignalMessage.Deny m -> unexpected(m);
            case SignalMessage.SetRoomState m -> unexpected(m);
        }
    }

    private void welcome(SignalMessage.Welcome w) {
        boolean resumed = roster.selfId() != null;
        Map<String, Participant> before = roster.byId();
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
            listener.onStatus(CallStatus.of(CallStatus.Code.NO_SOUND));
        }
        listener.onJoined(w.participantId(), roster.snapshot());
        if (resumed) {
            changedWhileAway(before, roster.byId());
        }
    }

    /** After a resume: who left, came or changed while the connection was down, as the usual events. */
    private void changedWhileAway(Map<String, Participant> before, Map<String, Participant> now) {
        before.keySet().stream()
                .filter(id -> !now.containsKey(id))
                .forEach(id -> listener.onParticipantLeft(id, LeaveReason.LEFT));
        for (Participant p : now.values()) {
            Participant was = before.get(p.id());
            if (was == null) {
                listener.onParticipantJoined(p);
            } else if (!was.equals(p)) {
                listener.onParticipantUpdated(p);
            }
        }
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
        log.warn(
                "Ignored a {} from the server (only clients send it)",
                message.getClass().getSimpleName());
    }
}
