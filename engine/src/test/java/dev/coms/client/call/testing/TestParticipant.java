package dev.coms.client.call.testing;

import dev.coms.client.call.CallConfig;
import dev.coms.client.call.CallSession;
import dev.coms.client.call.LocalMedia;
import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.SyntheticVideoInput;
import dev.coms.client.call.media.ToneAudioInput;
import dev.coms.protocol.peer.TrackKind;
import java.time.Duration;

/** One participant of a test call: synthetic camera and tone, a recorder, a session over an in-JVM room. */
public final class TestParticipant implements AutoCloseable {

    public final String id;
    public final Recorder seen = new Recorder();
    public final LocalMedia media;
    public final SyntheticVideoInput camera;
    public CallSession session;
    private final InJvmRoom.Member transport;
    private final RtcRuntime rtc;

    public TestParticipant(RtcRuntime rtc, InJvmRoom room, String id, boolean host) throws Exception {
        this(rtc, room, id, host, true);
    }

    /** With {@code equipped} false: a machine without camera and microphone. */
    public TestParticipant(RtcRuntime rtc, InJvmRoom room, String id, boolean host, boolean equipped) throws Exception {
        this.id = id;
        this.rtc = rtc;
        this.transport = room.member(id, "Person " + id, host);
        this.media = new LocalMedia(rtc);
        this.camera = new SyntheticVideoInput("camera-" + id, 320, 240, 15);
        if (equipped) {
            media.prepare(TrackKind.CAMERA, camera, true);
            media.prepare(TrackKind.AUDIO, new ToneAudioInput(440), true);
        } else {
            camera.close();
        }
    }

    /** Joins the room with camera and tone on. */
    public TestParticipant join() throws Exception {
        session = CallSession.start(
                rtc, media, transport, CallConfig.defaults().withStatsInterval(Duration.ofMillis(400)), seen);
        return this;
    }

    /** This participant's connection to the room. */
    public InJvmRoom.Member transport() {
        return transport;
    }

    /** Frames received from {@code other}'s {@code kind}. */
    public Recorder.Stream from(TestParticipant other, TrackKind kind) {
        return seen.stream(other.id, kind);
    }

    /** Packets of audio received from {@code other}, per the latest statistics. */
    public long audioPacketsFrom(TestParticipant other) {
        var stats = seen.stats.get(other.id);
        var audio = stats == null ? null : stats.inbound(TrackKind.AUDIO);
        return audio == null ? 0 : audio.packetsReceived();
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        media.close();
    }
}
