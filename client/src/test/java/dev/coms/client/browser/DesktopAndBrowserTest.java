package dev.coms.client.browser;

import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.testing.Await;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every test of browsers and desktop engines in one call shares: one real server per test class, one WebRTC
 * runtime, and everything a test opens (browsers, desktop peers) closed after it, newest first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DesktopAndBrowserTest {

    ComsRig rig;
    RtcRuntime rtc;
    OkHttpClient okhttp;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    void startRig() {
        Chromium.requireInstalled();
        rig = new ComsRig();
        rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC);
        okhttp = new OkHttpClient();
    }

    @AfterAll
    void stopRig() {
        if (rig != null) {
            rig.close();
            rtc.close();
            okhttp.dispatcher().executorService().shutdown();
        }
    }

    @AfterEach
    void closeOpened() throws Exception {
        for (AutoCloseable c : opened.reversed()) {
            c.close();
        }
        opened.clear();
    }

    /** Closes {@code thing} after the test. */
    <T extends AutoCloseable> T open(T thing) {
        opened.add(thing);
        return thing;
    }

    /** A desktop engine that joined {@code meetingId} with the host's {@code token}. */
    DesktopPeer desktopHost(String meetingId, String token) throws Exception {
        DesktopPeer host = open(new DesktopPeer(rtc, rig, okhttp, meetingId, token));
        until("the desktop host joined", () -> host.id() != null);
        return host;
    }

    static void until(String what, BooleanSupplier condition) {
        Await.until(what, WebGuest.LIMIT, condition);
    }
}
