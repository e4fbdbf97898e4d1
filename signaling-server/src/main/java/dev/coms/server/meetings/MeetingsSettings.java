package dev.coms.server.meetings;

import dev.coms.server.store.DbSettings;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings for meetings ({@code coms.meetings} in {@code application.yaml}).
 *
 * @param emptyExpiry a started meeting whose room is empty stops being live this long after its start
 * @param maxPasscodeFailures wrong passcodes one address may give for one meeting before it must wait (a delay
 *     doubling from 15 s up to {@code lockout}); also wrong passcodes one address may give across meetings within
 *     {@code failureWindow} before it is locked out for {@code lockout}
 * @param failureWindow the window in which wrong passcodes are counted
 * @param lockout longest wait of an address that keeps guessing
 * @param maxPasscodeFailuresPerMeeting wrong passcodes for one meeting from anywhere within {@code failureWindow}
 *     before every address that guessed wrong must wait (a delay doubling from 1 s to 60 s); right passcodes from
 *     other addresses still get in
 * @param feedIdleTimeout an open-meetings subscriber silent this long (no message, ping or pong) is dropped
 * @param feedMaxPerAddress most open-meetings subscribers from one source address
 * @param secretKey Base64 AES key sealing stored passcodes; empty to use (and create) {@code secretKeyFile}
 * @param secretKeyFile where the generated key is kept when {@code secretKey} is empty
 * @param refreshInterval how often time-driven changes (a meeting going live or expiring) are pushed
 * @param hostEarly how long before the start the host may open the room (guests still wait for the start)
 */
public record MeetingsSettings(
        Duration emptyExpiry,
        int maxPasscodeFailures,
        Duration failureWindow,
        Duration lockout,
        String secretKey,
        Path secretKeyFile,
        Duration refreshInterval,
        int maxPasscodeFailuresPerMeeting,
        Duration feedIdleTimeout,
        int feedMaxPerAddress,
        Duration hostEarly) {

    /** Defaults; the generated key lives in the server's data directory. */
    public static MeetingsSettings defaults() {
        return new MeetingsSettings(
                Duration.ofHours(2),
                5,
                Duration.ofMinutes(1),
                Duration.ofMinutes(15),
                "",
                DbSettings.defaultDataDir().resolve("server.key"),
                Duration.ofSeconds(30),
                20,
                Duration.ofSeconds(90),
                32,
                Duration.ofMinutes(10));
    }

    /** Reads {@code coms.meetings}; missing keys keep their defaults. */
    public static MeetingsSettings from(Config node) {
        MeetingsSettings d = defaults();
        return new MeetingsSettings(
                node.get("empty-expiry").as(Duration.class).orElse(d.emptyExpiry()),
                node.get("max-passcode-failures").asInt().orElse(d.maxPasscodeFailures()),
                node.get("failure-window").as(Duration.class).orElse(d.failureWindow()),
                node.get("lockout").as(Duration.class).orElse(d.lockout()),
                node.get("secret-key").asString().orElse(""),
                node.get("secret-key-file")
                        .asString()
                        .filter(s -> !s.isBlank())
                        .map(Path::of)
                        .orElse(d.secretKeyFile()),
                node.get("refresh-interval").as(Duration.class).orElse(d.refreshInterval()),
                node.get("max-passcode-failures-per-meeting").asInt().orElse(d.maxPasscodeFailuresPerMeeting()),
                node.get("feed-idle-timeout").as(Duration.class).orElse(d.feedIdleTimeout()),
                node.get("feed-max-per-address").asInt().orElse(d.feedMaxPerAddress()),
                node.get("host-early").as(Duration.class).orElse(d.hostEarly()));
    }

    /** The same settings with the key kept in another file (tests use a temporary directory). */
    public MeetingsSettings withSecretKeyFile(Path file) {
        return new MeetingsSettings(
                emptyExpiry,
                maxPasscodeFailures,
                failureWindow,
                lockout,
                "",
                file,
                refreshInterval,
                maxPasscodeFailuresPerMeeting,
                feedIdleTimeout,
                feedMaxPerAddress,
                hostEarly);
    }

    /** The secret key never appears in logs. */
    @Override
    public String toString() {
        return "MeetingsSettings[emptyExpiry=" + emptyExpiry + ", keyFile=" + secretKeyFile + "]";
    }
}
