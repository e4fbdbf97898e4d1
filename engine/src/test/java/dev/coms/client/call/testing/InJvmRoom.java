package dev.coms.client.call.testing;

import dev.coms.client.signaling.SignalingListener;
import dev.coms.client.signaling.SignalingTransport;
import dev.coms.protocol.signal.IceServer;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.Participant;
import dev.coms.protocol.signal.SignalErrorCode;
import dev.coms.protocol.signal.SignalMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A live room in the test's JVM that follows the documented room protocol: {@code Welcome} with the roster,
 * {@code ParticipantJoined/Left/Updated} to the others, relays with {@code from} set by the room, host leave ends
 * the meeting, host-only expel. Each member receives on its own thread, in order, like a WebSocket.
 */
public final class InJvmRoom {

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<SignalMessage> received = new CopyOnWriteArrayList<>();
    private boolean ended;
    private volatile List<IceServer> iceServers = List.of();

    /** The STUN/TURN entries handed to everyone in {@code welcome} from now on (as a server would send them). */
    public InJvmRoom iceServers(List<IceServer> servers) {
        this.iceServers = servers;
        return this;
    }

    /** A transport that joins this room as {@code id} once started. */
    public Member member(String id, String displayName, boolean host) {
        return new Member(new Participant(id, displayName, host, false, false, false));
    }

    /** Every message clients sent to the room, in order. */
    public List<SignalMessage> received() {
        return received;
    }

    public synchronized List<String> present() {
        return List.copyOf(members.keySet());
    }

    private synchronized void join(Member member) {
        if (ended) {
            member.deliver(new SignalMessage.MeetingEnded(
                    dev.coms.protocol.signal.EndReason.HOST_LEFT, "The meeting has ended."));
            return;
        }
        members.put(member.participant.id(), member);
        List<Participant> roster =
                members.values().stream().map(m -> m.participant).toList();
        member.deliver(new SignalMessage.Welcome(
                member.participant.id(),
                "resume-" + member.participant.id(),
                roster,
                iceServers,
                null,
                false,
                Instant.now()));
        others(member).forEach(m -> m.deliver(new SignalMessage.ParticipantJoined(member.participant)));
    }

    private synchronized void receive(Member sender, SignalMessage message) {
        received.add(message);
        if (!members.containsKey(sender.participant.id())) {
            return;
        }
        switch (message) {
            case SignalMessage.Relayed relayed -> {
                Member target = members.get(relayed.to());
                if (target == null) {
                    sender.deliver(
                            new SignalMessage.Error(SignalErrorCode.UNKNOWN_PARTICIPANT, "Not in the room.", "relay"));
                } else {
                    target.deliver(relayed.withFrom(sender.participant.id()));
                }
            }
            case SignalMessage.MediaState state -> {
                sender.participant =
                        sender.participant.withMedia(state.micOn(), state.cameraOn(), state.screenSharing());
                members.values().forEach(m -> m.deliver(new SignalMessage.ParticipantUpdated(sender.participant)));
            }
            case SignalMessage.Leave leave -> leave(sender, LeaveReason.LEFT);
            case SignalMessage.Expel expel -> expel(sender, expel.participantId());
            case SignalMessage.Ping ping -> sender.deliver(new SignalMessage.Pong(ping.nonce(), Instant.now()));
            default ->
                sender.deliver(new SignalMessage.Error(SignalErrorCode.BAD_MESSAGE, "Not accepted here.", "type"));
        }
    }

    private void leave(Member member, LeaveReason reason) {
        if (members.remove(member.participant.id()) == null) {
            return;
        }
        if (member.participant.host() && reason == LeaveReason.LEFT) {
            ended = true;
            var end = new SignalMessage.MeetingEnded(
                    dev.coms.protocol.signal.EndReason.HOST_LEFT, "The host ended the meeting.");
            members.values().forEach(m -> m.deliver(end));
            members.clear();
            return;
        }
        members.values().forEach(m -> m.deliver(new SignalMessage.ParticipantLeft(member.participant.id(), reason)));
    }

    private void expel(Member host, String targetId) {
        Member target = members.get(targetId);
        if (!host.participant.host() || target == null) {
            host.deliver(new SignalMessage.Error(SignalErrorCode.NOT_HOST, "Only the host can do that.", "expel"));
            return;
        }
        target.deliver(new SignalMessage.Expelled("The host removed you from the meeting."));
        leave(target, LeaveReason.EXPELLED);
    }

    private List<Member> others(Member member) {
        return new ArrayList<>(members.values())
                .stream().filter(m -> m != member).toList();
    }

    /** One participant's connection to the room. */
    public final class Member implements SignalingTransport {
        private final ExecutorService inbox;
        private volatile Participant participant;
        private volatile SignalingListener listener;
        private volatile boolean offline;

        private Member(Participant participant) {
            this.participant = participant;
            this.inbox = Executors.newSingleThreadExecutor(r -> new Thread(r, "room-" + participant.id()));
        }

        public String id() {
            return participant.id();
        }

        @Override
        public void start(SignalingListener eventListener) {
            listener = eventListener;
            inbox.execute(() -> eventListener.onConnectionState(ConnectionState.CONNECTED));
            join(this);
        }

        @Override
        public boolean send(SignalMessage message) {
            receive(this, message);
            return true;
        }

        @Override
        public void close() {
            synchronized (InJvmRoom.this) {
                leave(this, LeaveReason.DROPPED);
            }
            inbox.shutdown();
        }

        /** The connection drops: nothing reaches this member until {@link #resume()}; the member stays in the room. */
        public void drop() {
            offline = true;
            inbox.execute(() -> listener.onConnectionState(ConnectionState.RECONNECTING));
        }

        /** The member reconnects with its resume token and gets a resumed {@code Welcome} with today's roster. */
        public void resume() {
            synchronized (InJvmRoom.this) {
                offline = false;
                inbox.execute(() -> listener.onConnectionState(ConnectionState.CONNECTED));
                List<Participant> roster =
                        members.values().stream().map(m -> m.participant).toList();
                deliver(new SignalMessage.Welcome(
                        participant.id(), "resume-" + participant.id(), roster, List.of(), null, true, Instant.now()));
            }
        }

        private void deliver(SignalMessage message) {
            if (offline) {
                return;
            }
            try {
                inbox.execute(() -> listener.onMessage(message));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // this member closed its connection
            }
        }
    }
}
