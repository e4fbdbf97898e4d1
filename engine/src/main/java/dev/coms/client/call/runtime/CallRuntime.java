package dev.coms.client.call.runtime;

import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.DeviceProbe;
import dev.coms.client.concurrent.Daemons;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's WebRTC engine and what the machine offers, started once on first use and shared by every call and
 * by Settings. Starting probes the devices (which can take seconds, or time out where no sound server answers) and
 * then creates the {@link RtcRuntime} with real audio only when a sound server was found; it runs on a daemon thread
 * of its own, never on the caller's.
 *
 * <p>Thread-safe. {@link #close()} only after every call using it has ended: disposing WebRTC while peer
 * connections are open can crash the process.
 */
public final class CallRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallRuntime.class);

    /** A started engine and the devices found before starting it. */
    public record Ready(RtcRuntime rtc, DeviceProbe.Devices devices) {}

    private final Supplier<Ready> starter;
    private final OkHttpClient http = new OkHttpClient();
    private final Set<CompletableFuture<Void>> calls = ConcurrentHashMap.newKeySet();
    private final Duration closeWait;
    private CompletableFuture<Ready> ready;

    private CallRuntime(Supplier<Ready> starter) {
        this.starter = starter;
        this.closeWait = Duration.ofSeconds(10);
    }

    /** Real cameras, microphones and speakers, each kind listed within {@code probeTimeout}. */
    public static CallRuntime withDevices(Duration probeTimeout) {
        return new CallRuntime(() -> {
            DeviceProbe.Devices devices = DeviceProbe.probe(probeTimeout);
            RtcRuntime.AudioMode mode = devices.audio() == DeviceProbe.AudioStatus.NO_SOUND
                    ? RtcRuntime.AudioMode.SYNTHETIC
                    : RtcRuntime.AudioMode.DEVICES;
            log.info(
                    "Found {} camera(s), {} microphone(s), {} speaker(s); audio {}",
                    devices.cameras().size(),
                    devices.microphones().size(),
                    devices.speakers().size(),
                    devices.audio());
            return new Ready(RtcRuntime.start(mode), devices);
        });
    }

    /** No devices at all and no sound (tests, demos): calls send only synthetic media. */
    public static CallRuntime synthetic() {
        return new CallRuntime(() -> new Ready(
                RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC),
                new DeviceProbe.Devices(DeviceProbe.AudioStatus.NO_SOUND, List.of(), List.of(), List.of())));
    }

    /** The engine, starting it on first call. Never blocks; the future fails if the engine cannot start. */
    public synchronized CompletableFuture<Ready> ready() {
        if (ready == null) {
            ready = new CompletableFuture<>();
            CompletableFuture<Ready> result = ready;
            Daemons.start("coms-call-engine-start", () -> {
                try {
                    result.complete(starter.get());
                } catch (Throwable e) { // the native binding reports failures as java.lang.Error
                    log.error("The call engine could not start", e);
                    result.completeExceptionally(e);
                }
            });
        }
        return ready;
    }

    /** Remembers a call until {@code released} completes, so that {@link #close()} can wait for it. */
    public void track(CompletableFuture<Void> released) {
        calls.add(released);
        released.whenComplete((ok, error) -> calls.remove(released));
    }

    /** The HTTP client that rooms' signaling sockets share. */
    public OkHttpClient http() {
        return http;
    }

    /**
     * Disposes the engine if it was started (WebRTC's native threads keep the process alive until then), after
     * waiting a few seconds for calls still being released. If one does not finish, the engine is left as it is:
     * disposing it under a live peer connection could crash the process. Blocking.
     */
    @Override
    public void close() {
        CompletableFuture<Ready> started;
        synchronized (this) {
            started = ready;
        }
        if (started != null) {
            try {
                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                        .get(closeWait.toMillis(), TimeUnit.MILLISECONDS);
                started.get(closeWait.toMillis(), TimeUnit.MILLISECONDS).rtc().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.warn("The call engine was not disposed: {}", e.toString());
            }
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
