package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.video.VideoDevice;
import dev.onvoid.webrtc.media.video.VideoDeviceSource;
import dev.onvoid.webrtc.media.video.VideoTrackSource;

/** A camera from {@link DeviceProbe}'s list. Starting one that is gone fails with a message, never a crash. */
public final class CameraInput implements VideoInput {

    private final VideoDevice device;
    private final VideoDeviceSource source = new VideoDeviceSource();
    private boolean started;

    public CameraInput(VideoDevice device) {
        this.device = device;
        source.setVideoCaptureDevice(device);
    }

    @Override
    public VideoTrackSource source() {
        return source;
    }

    @Override
    public String label() {
        return device.getName();
    }

    @Override
    public synchronized void start() throws MediaUnavailableException {
        if (started) {
            return;
        }
        try {
            source.start();
            started = true;
        } catch (Throwable e) { // the binding reports a missing or busy camera as java.lang.Error
            throw new MediaUnavailableException(
                    "The camera \"" + device.getName() + "\" could not be started; check that no other app uses it.",
                    e);
        }
    }

    @Override
    public synchronized void stop() {
        if (started) {
            source.stop();
            started = false;
        }
    }

    @Override
    public void close() {
        stop();
        source.dispose();
    }
}
