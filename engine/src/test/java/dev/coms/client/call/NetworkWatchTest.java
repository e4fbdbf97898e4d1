package dev.coms.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NetworkWatchTest {

    @Test
    void aChangedAddressIsNoticedOnceAndTheFirstLookOnlyRecords() {
        AtomicReference<Set<String>> now = new AtomicReference<>(Set.of("wlan0/192.0.2.10"));
        NetworkWatch watch = new NetworkWatch(now::get);
        assertThat(watch.changed()).isFalse();
        assertThat(watch.changed()).isFalse();
        now.set(Set.of("eth0/198.51.100.7"));
        assertThat(watch.changed()).as("Wi-Fi to cable").isTrue();
        assertThat(watch.changed()).isFalse();
        now.set(Set.of("eth0/198.51.100.7", "tun0/10.8.0.2"));
        assertThat(watch.changed()).as("a VPN came up").isTrue();
    }

    @Test
    void theMachinesOwnInterfacesCanBeRead() {
        NetworkWatch watch = NetworkWatch.ofMachine();
        assertThat(watch.changed()).isFalse();
        assertThat(watch.changed()).as("nothing changed in between").isFalse();
    }
}
