package dev.coms.client.call.media;

import dev.onvoid.webrtc.media.video.VideoDevice;
import dev.onvoid.webrtc.media.video.VideoDeviceSource;
import dev.onvoid.webrtc.media.video.VideoTrackSource;

/** A camera from {@link DeviceProbe}'s list. Starting one that is gone fails with a message, never a crash. */
public final class CameraInput implements VideoInput {

    private final VideoDevice device;
    private final VideoDeviceSource source = new VideoDeviceSource();
    private final Capture capture = new Capture(source::start, source::stop, source::dispose);

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
    public void start() throws MediaUnavailableException {
        capture.start(MediaProblem.CAMERA_FAILED, "Camera " + device.getName() + " did not start");
    }

    @Override
    public void stop() {
        capture.stop();
    }

    @Override
    public void close() {
        capture.close();
    }
}
