package dev.coms.client.app.calls;

import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.CameraInput;
import dev.coms.client.call.media.DeviceProbe;
import dev.coms.client.call.media.MediaUnavailableException;
import dev.coms.client.call.media.MicrophoneMeter;
import dev.coms.client.call.runtime.CallRuntime;
import dev.coms.client.concurrent.Daemons;
import dev.coms.client.ui.port.DevicesPort;
import dev.coms.client.ui.port.FrameSink;
import dev.onvoid.webrtc.media.Device;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings' devices from the call engine: the lists come from the engine's start-up probe (which never hangs: audio
 * is only listed where a sound server answers, each listing has a time limit), and the camera preview is a camera
 * track of its own with the same sink as a call's own tile.
 *
 * <p>The microphone level meter records the chosen microphone on its own ({@link MicrophoneMeter}) where a sound
 * server and a microphone were found; elsewhere it stays at zero. Listing blocks until the engine has started (call
 * it on a thread that can be abandoned); the preview's and the meter's start and stop run on threads of their own.
 */
public final class EngineDevicesPort implements DevicesPort {

    private static final Logger log = LoggerFactory.getLogger(EngineDevicesPort.class);
    private static final Duration START_LIMIT = Duration.ofSeconds(30);

    private final CallRuntime runtime;

    public EngineDevicesPort(CallRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public List<String> cameras() {
        CallRuntime.Ready ready = ready();
        return ready == null ? List.of() : names(ready.devices().cameras());
    }

    @Override
    public List<String> microphones() {
        CallRuntime.Ready ready = ready();
        return ready == null ? List.of() : names(ready.devices().microphones());
    }

    @Override
    public List<String> speakers() {
        CallRuntime.Ready ready = ready();
        return ready == null ? List.of() : names(ready.devices().speakers());
    }

    @Override
    public AutoCloseable previewCamera(String camera, FrameSink sink) {
        ExecutorService worker = Executors.newSingleThreadExecutor(Daemons.named("coms-camera-preview"));
        Preview preview = new Preview();
        worker.execute(() -> preview.open(camera, sink));
        return () -> {
            worker.execute(preview::close);
            worker.shutdown();
        };
    }

    @Override
    public AutoCloseable meterMicrophone(String microphone, DoubleConsumer level) {
        ExecutorService worker = Executors.newSingleThreadExecutor(Daemons.named("coms-microphone-meter"));
        MicrophoneMeter[] running = new MicrophoneMeter[1]; // confined to the worker
        worker.execute(() -> {
            CallRuntime.Ready ready = ready();
            if (ready == null || ready.rtc().audioMode() != RtcRuntime.AudioMode.DEVICES) {
                return; // no sound server: nothing to meter, and opening an audio module would abort
            }
            var device = DeviceProbe.pick(ready.devices().microphones(), microphone);
            if (device == null) {
                return;
            }
            try {
                running[0] = MicrophoneMeter.start(device, level);
            } catch (MediaUnavailableException e) {
                log.warn("Microphone level unavailable", e);
            }
        });
        return () -> {
            worker.execute(() -> {
                if (running[0] != null) {
                    running[0].close();
                    level.accept(0);
                }
            });
            worker.shutdown();
        };
    }

    private CallRuntime.Ready ready() {
        try {
            return runtime.ready().get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("No device list: the call engine did not start", e);
        }
        return null;
    }

    private static List<String> names(List<? extends Device> devices) {
        return devices.stream().map(Device::getName).toList();
    }

    /** One running preview; confined to its worker thread. */
    private final class Preview {
        private final LocalPreview view = new LocalPreview();
        private CameraInput input;
        private MediaStreamTrack track;

        void open(String camera, FrameSink sink) {
            CallRuntime.Ready ready = ready();
            var device = ready == null ? null : DeviceProbe.pick(ready.devices().cameras(), camera);
            if (device == null) {
                return;
            }
            try {
                input = new CameraInput(device);
                track = ready.rtc().factory().createVideoTrack("preview-" + UUID.randomUUID(), input.source());
                view.show(sink);
                view.plug(track);
                input.start();
            } catch (MediaUnavailableException | RuntimeException | Error e) {
                log.warn("Camera preview unavailable", e);
            }
        }

        void close() {
            view.unplug();
            if (track != null) {
                track.dispose();
            }
            if (input != null) {
                input.close();
            }
        }
    }
}
