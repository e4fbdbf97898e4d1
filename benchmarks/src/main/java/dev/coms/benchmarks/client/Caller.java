package dev.coms.benchmarks.client;

import dev.coms.client.call.CallConfig;
import dev.coms.client.call.CallSession;
import dev.coms.client.call.LocalMedia;
import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.MediaUnavailableException;
import dev.coms.client.call.media.SyntheticVideoInput;
import dev.coms.client.call.media.ToneAudioInput;
import dev.coms.client.signaling.RoomAddress;
import dev.coms.client.signaling.SignalingClient;
import dev.coms.protocol.peer.TrackKind;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * One participant as a desktop runs it: a synthetic camera and a tone as microphone, a {@link CallSession} through
 * the real signaling server, and a {@link DisplayListener} that writes every remote frame into a display buffer.
 */
final class Caller implements AutoCloseable {

    final DisplayListener seen = new DisplayListener();
    private final LocalMedia media;
    private CallSession session;

    /** Prepares camera and microphone (as the lobby's preview does, before Join is pressed). */
    Caller(RtcRuntime rtc, String label, int width, int height, int fps) throws MediaUnavailableException {
        media = new LocalMedia(rtc);
        media.prepare(TrackKind.CAMERA, new SyntheticVideoInput(label, width, height, fps), true);
        media.prepare(TrackKind.AUDIO, new ToneAudioInput(440), true);
    }

    /** Connects to the room with a ticket from the join request. Returns at once; the call proceeds in the engine. */
    void enter(RtcRuntime rtc, OkHttpClient okhttp, URI server, String meetingId, String ticket) {
        var transport = new SignalingClient(
                okhttp, RoomAddress.room(server, meetingId, null), ticket, SignalingClient.Settings.defaults());
        session = CallSession.start(rtc, media, transport, CallConfig.defaults(), seen);
    }

    /** Your participant id once the room has welcomed you, else null. */
    String id() {
        return session == null ? null : session.selfId();
    }

    /** Leaves the room (the host's leaving ends the meeting) and waits briefly for it to be sent. */
    void leave() {
        try {
            session.leave().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the session closes anyway
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        media.close();
    }
}
