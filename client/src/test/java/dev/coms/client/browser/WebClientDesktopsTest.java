package dev.coms.client.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.client.call.RtcRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Two desktop engines and one browser in one meeting: the browser is a full member of a desktop mesh. */
class WebClientDesktopsTest {

    private static ComsRig rig;
    private static RtcRuntime rtc;
    private static OkHttpClient okhttp;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        rig = new ComsRig();
        rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC);
        okhttp = new OkHttpClient();
    }

    @AfterAll
    static void stop() {
        if (rig != null) {
            rig.close();
            rtc.close();
            okhttp.dispatcher().executorService().shutdown();
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : opened.reversed()) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T open(T thing) {
        opened.add(thing);
        return thing;
    }

    @Test
    void oneBrowserAndTwoDesktopsSeeEachOther() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Two desks").meeting().id();
        DesktopPeer host = open(new DesktopPeer(rtc, rig, okhttp, meetingId, token));
        until("the desktop host joined", () -> host.id() != null);
        DesktopPeer dora = open(new DesktopPeer(rtc, rig, okhttp, meetingId, rig.newHost("Dora Desk")));
        until("the second desktop joined", () -> dora.id() != null);
        WebGuest gus = open(new WebGuest());

        String gusId = gus.join(rig.joinPage(meetingId), "Gus");

        gus.awaitVideoFrom(host.id());
        gus.awaitVideoFrom(dora.id());
        until("the host decodes the browser", () -> host.framesFrom(gusId) > 10);
        until("the second desktop decodes the browser", () -> dora.framesFrom(gusId) > 10);
        until(
                "the desktops decode each other",
                () -> host.framesFrom(dora.id()) > 10 && dora.framesFrom(host.id()) > 10);
        gus.awaitAudioFrom(dora.id());
        until("the second desktop hears the browser", () -> dora.audioPacketsFrom(gusId) > 40);
        assertThat(gus.driver.findElements(By.cssSelector("#people .person"))).hasSize(3);
        assertThat(gus.driver.findElements(By.cssSelector(".tile[data-kind='camera']")))
                .as("a camera tile for each desktop and the guest")
                .hasSize(3);
        gus.say("Hello both desks", null);
        until(
                "both desktops read the browser",
                () -> host.texts().contains("Hello both desks") && dora.texts().contains("Hello both desks"));
    }

    private static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WebGuest.LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            try {
                Thread.sleep(Duration.ofMillis(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
