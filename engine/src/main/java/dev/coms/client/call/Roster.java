package dev.coms.client.call;

import dev.coms.protocol.signal.IceServer;
import dev.coms.protocol.signal.Participant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is in the room, as the signaling server last said. Written on the session thread; {@link #snapshot()} and
 * {@link #selfId()} may be read from any thread.
 */
final class Roster {

    private static final Logger log = LoggerFactory.getLogger(Roster.class);

    private final Map<String, Participant> byId = new LinkedHashMap<>();
    private volatile List<Participant> snapshot = List.of();
    private volatile String selfId;
    private List<IceServer> iceServers = List.of();

    void welcome(String self, List<Participant> everyone, List<IceServer> ice) {
        selfId = self;
        iceServers = usable(ice);
        byId.clear();
        everyone.forEach(p -> byId.put(p.id(), p));
        publish();
    }

    void put(Participant participant) {
        byId.put(participant.id(), participant);
        publish();
    }

    void remove(String id) {
        byId.remove(id);
        publish();
    }

    /** Whether {@code id} is the host, as the server last said. */
    boolean isHost(String id) {
        Participant p = byId.get(id);
        return p != null && p.host();
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    String nameOf(String id) {
        Participant p = byId.get(id);
        return p == null ? id : p.displayName();
    }

    /** Everyone except you. */
    List<String> others() {
        return byId.keySet().stream().filter(id -> !id.equals(selfId)).toList();
    }

    String selfId() {
        return selfId;
    }

    /**
     * The ICE servers that may reach the native library: webrtc-java crashes the process on an empty or scheme-less
     * URL, so every entry is checked and a bad one skipped with a log line. A server can never crash a client.
     */
    static List<IceServer> usable(List<IceServer> offered) {
        List<IceServer> usable = new ArrayList<>();
        for (IceServer server : offered == null ? List.<IceServer>of() : offered) {
            if (server != null && server.isUsable()) {
                usable.add(server);
            } else {
                log.warn(
                        "Skipped an ICE server the signaling server sent that is not usable: {}",
                        server == null ? null : server.urls());
            }
        }
        return List.copyOf(usable);
    }

    List<IceServer> iceServers() {
        return iceServers;
    }

    /** Everyone by id, you included, in a copy. */
    Map<String, Participant> byId() {
        return new LinkedHashMap<>(byId);
    }

    List<Participant> snapshot() {
        return snapshot;
    }

    private void publish() {
        snapshot = List.copyOf(new ArrayList<>(byId.values()));
    }
}
