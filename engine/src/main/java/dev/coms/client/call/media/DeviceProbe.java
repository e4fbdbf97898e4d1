package dev.coms.client.call.media;

import dev.coms.client.concurrent.Daemons;
import dev.onvoid.webrtc.media.Device;
import dev.onvoid.webrtc.media.MediaDevices;
import dev.onvoid.webrtc.media.audio.AudioDevice;
import dev.onvoid.webrtc.media.video.VideoDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists cameras, microphones and speakers without risking a hang: the binding's audio enumeration blocks forever
 * when no sound server runs, so on Linux it is only attempted when a PulseAudio socket exists, and every native
 * enumeration runs on a throw-away daemon thread with a time limit. Blocking: call it off the UI thread.
 */
public final class DeviceProbe {

    private static final Logger log = LoggerFactory.getLogger(DeviceProbe.class);

    /** What the machine offers for audio, for the UI to show. */
    public enum AudioStatus {
        /** Microphone and speaker usable. */
        AVAILABLE,
        /** A sound server runs but offers no microphone: others can be heard, you cannot speak. */
        RECEIVE_ONLY,
        /** No sound server (or it did not answer): the call runs without sound on this machine. */
        NO_SOUND
    }

    /** Everything found. Lists are empty when nothing was found or the probe gave up. */
    public record Devices(
            AudioStatus audio, List<AudioDevice> microphones, List<AudioDevice> speakers, List<VideoDevice> cameras) {}

    /** The device called {@code name} (a choice made in Settings), else the first one found, else null. */
    public static <D extends Device> D pick(List<D> found, String name) {
        if (name != null) {
            for (D d : found) {
                if (name.equals(d.getName())) {
                    return d;
                }
            }
        }
        return found.isEmpty() ? null : found.getFirst();
    }

    private DeviceProbe() {}

    /** Probes everything, waiting at most {@code timeout} for each kind. */
    public static Devices probe(Duration timeout) {
        List<VideoDevice> cameras = timed("cameras", MediaDevices::getVideoCaptureDevices, timeout);
        if (!soundServerLikely()) {
            log.info("No sound server found; the call will run without sound");
            return new Devices(AudioStatus.NO_SOUND, List.of(), List.of(), cameras);
        }
        List<AudioDevice> microphones = timed("microphones", MediaDevices::getAudioCaptureDevices, timeout);
        List<AudioDevice> speakers = timed("speakers", MediaDevices::getAudioRenderDevices, timeout);
        AudioStatus status = speakers.isEmpty() && microphones.isEmpty()
                ? AudioStatus.NO_SOUND
                : microphones.isEmpty() ? AudioStatus.RECEIVE_ONLY : AudioStatus.AVAILABLE;
        return new Devices(status, microphones, speakers, cameras);
    }

    /** On Linux: whether a PulseAudio (or PipeWire-Pulse) server socket is reachable. Elsewhere: true. */
    static boolean soundServerLikely() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return true;
        }
        if (System.getenv("PULSE_SERVER") != null) {
            return true;
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return (runtime != null && Files.exists(Path.of(runtime, "pulse", "native")))
                || Files.exists(Path.of("/run/pulse/native"))
                || Files.exists(Path.of("/var/run/pulse/native"));
    }

    private static <T> List<T> timed(String what, Supplier<List<T>> call, Duration timeout) {
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        Daemons.start("coms-device-probe", () -> {
            try {
                result.complete(List.copyOf(call.get()));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Listing {} did not finish within {}; treating as none", what, timeout);
        } catch (ExecutionException e) {
            log.warn("Listing {} failed; treating as none", what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
