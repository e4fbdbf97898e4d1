package dev.coms.client.call;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when the machine's network addresses change (Wi-Fi to cable, a VPN coming up, a new DHCP lease), so the
 * call can restart ICE at once instead of waiting for its connections to fail. {@link #changed()} is polled on the
 * session thread; the first call only records the addresses.
 */
final class NetworkWatch {

    private static final Logger log = LoggerFactory.getLogger(NetworkWatch.class);

    private final Supplier<Set<String>> addresses;
    private Set<String> last;

    NetworkWatch(Supplier<Set<String>> addresses) {
        this.addresses = addresses;
    }

    /** Watches the real interfaces: every address of every interface that is up, loopback aside. */
    static NetworkWatch ofMachine() {
        return new NetworkWatch(NetworkWatch::machineAddresses);
    }

    /** True when the addresses differ from those seen at the previous call. */
    boolean changed() {
        Set<String> now = addresses.get();
        boolean changed = last != null && !last.equals(now);
        if (changed) {
            log.info("Network addresses changed from {} to {}", last, now);
        }
        last = now;
        return changed;
    }

    private static Set<String> machineAddresses() {
        Set<String> found = new TreeSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        found.add(nic.getName() + "/" + address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            log.debug("Network interfaces not readable: {}", e.getMessage());
        }
        return found;
    }
}
