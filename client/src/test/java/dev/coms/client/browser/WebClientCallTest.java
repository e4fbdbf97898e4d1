package dev.coms.client.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.peer.TrackKind;
import dev.coms.server.rooms.RoomSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The web client in headless Chromium against the real server and the desktop call engine: media and chat both
 * ways, expel, the host leaving, a dropped WebSocket resuming, and a mesh of two browsers and one desktop.
 */
class WebClientCallTest extends DesktopAndBrowserTest {

    @Test
    void aBrowserGuestAndADesktopHostSeeHearAndWriteToEachOther() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Browser call").meeting().id();
        DesktopPeer host = desktopHost(meetingId, token);
        WebGuest gus = open(new WebGuest());

        String gusId = gus.join(rig.joinPage(meetingId), "Gus in Chrome");

        gus.awaitVideoFrom(host.id());
        long seen = host.framesFrom(gusId);
        until("the desktop decodes the browser's camera", () -> host.framesFrom(gusId) > seen + 10);
        gus.awaitAudioFrom(host.id());
        until("the desktop receives the browser's microphone", () -> host.audioPacketsFrom(gusId) > 40);
        gus.await(d -> gus
                        .driver
                        .findElements(org.openqa.selenium.By.cssSelector(
                                ".tile[data-participant='" + host.id() + "'] .tile-name"))
                        .stream()
                        .anyMatch(e -> e.getText().contains("Hana Host"))
                ? true
                : null);

        host.session().sendChat("Welcome to the browser").get();
        gus.awaitMessage("Welcome to the browser");
        gus.say("Hello everyone", null);
        until("the desktop reads the browser's message", () -> host.texts().contains("Hello everyone"));
        assertThat(host.chat.stream()
                        .filter(m -> m.text().equals("Hello everyone"))
                        .findFirst()
                        .orElseThrow()
                        .from())
                .as("the sender is the connection's participant")
                .isEqualTo(gusId);
        host.session().sendPrivateChat(gusId, "Just for you, Gus").get();
        gus.awaitMessage("Just for you, Gus");
        assertThat(gus.messages()).anyMatch(m -> m.contains("Just for you, Gus") && m.contains("private"));
        gus.say("Private reply", host.id());
        until(
                "the desktop reads the private reply",
                () -> host.chat.stream()
                        .anyMatch(m -> m.text().equals("Private reply") && gusId.equals(m.from()) && m.to() != null));
        gus.screenshot(java.nio.file.Path.of("target/ui-web/room-1280x800.png"));

        gus.click("camera");
        until(
                "the room shows Gus's camera off",
                () -> host.session().roster().stream().anyMatch(p -> p.id().equals(gusId) && !p.cameraOn()));
        settles("no more frames from a switched-off camera", () -> host.framesFrom(gusId));
        gus.click("camera");
        long off = host.framesFrom(gusId);
        until("frames again once the camera is back on", () -> host.framesFrom(gusId) > off + 10);
    }

    /** Waits until {@code value} stays the same over three polls 400 ms apart (something stopped arriving). */
    private static void settles(String what, java.util.function.LongSupplier value) {
        long deadline = System.nanoTime() + WebGuest.LIMIT.toNanos();
        long last = value.getAsLong();
        int same = 0;
        while (same < 3) {
            long next = System.nanoTime() + 400_000_000L;
            until(what, () -> System.nanoTime() >= next);
            long now = value.getAsLong();
            same = now == last ? same + 1 : 0;
            last = now;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
        }
    }

    @Test
    void aScreenSharedFromTheBrowserReachesTheDesktopAsAScreen() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Show and tell").meeting().id();
        DesktopPeer host = desktopHost(meetingId, token);
        WebGuest gus = open(new WebGuest());
        String gusId = gus.join(rig.joinPage(meetingId), "Gus");
        until("the desktop decodes the browser's camera", () -> host.framesFrom(gusId) > 5);

        gus.click("share");

        until("the desktop decodes the browser's screen", () -> host.framesFrom(gusId, TrackKind.SCREEN) > 5);
        until(
                "the room shows Gus sharing",
                () -> host.session().roster().stream().anyMatch(p -> p.id().equals(gusId) && p.screenSharing()));
        long camera = host.framesFrom(gusId);
        until("the camera keeps coming too", () -> host.framesFrom(gusId) > camera + 5);
        gus.click("share");
        until(
                "the room shows Gus no longer sharing",
                () -> host.session().roster().stream().anyMatch(p -> p.id().equals(gusId) && !p.screenSharing()));
    }

    @Test
    void theHostExpelsTheBrowserGuestWhoSeesWhyAndCannotComeBack() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Expel").meeting().id();
        DesktopPeer host = desktopHost(meetingId, token);
        WebGuest gus = open(new WebGuest());
        String gusId = gus.join(rig.joinPage(meetingId), "Gus");
        until("the host sees Gus", () -> host.session().roster().stream().anyMatch(p -> p.id().equals(gusId)));

        host.session().expel(gusId);

        assertThat(gus.awaitEnding()).isEqualTo("removed");
        assertThat(gus.text("end-text")).contains("removed you");
        gus.open(rig.joinPage(meetingId));
        gus.submitName("Gus again");
        assertThat(gus.awaitEnding())
                .as("a new join from this browser is refused")
                .isEqualTo("removed");
        assertThat(host.session().roster()).noneMatch(p -> p.displayName().startsWith("Gus"));
    }

    @Test
    void whenTheHostLeavesTheBrowserShowsTheEndedScreen() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Short one").meeting().id();
        DesktopPeer host = desktopHost(meetingId, token);
        WebGuest gus = open(new WebGuest());
        gus.join(rig.joinPage(meetingId), "Gus");
        gus.awaitVideoFrom(host.id());

        host.session().leave().get();

        assertThat(gus.awaitEnding()).isEqualTo("ended");
        assertThat(gus.text("end-title")).isEqualTo("The meeting has ended");
    }

    @Test
    void whenTheHostsNetworkFailsTheBrowserWaitsThenShowsThatTheHostDidNotReturn() throws Exception {
        try (ComsRig shortGrace = new ComsRig(RoomSettings.defaults().withGrace(Duration.ofSeconds(3)));
                CutProxy network = new CutProxy(shortGrace.server.port())) {
            String token = shortGrace.newHost("Hana Host");
            String meetingId = shortGrace.openNow(token, "Bad wifi").meeting().id();
            DesktopPeer host = open(new DesktopPeer(rtc, shortGrace, network.base(), okhttp, meetingId, token));
            until("the desktop host joined", () -> host.id() != null);
            WebGuest gus = open(new WebGuest());
            gus.join(shortGrace.joinPage(meetingId), "Gus");
            gus.awaitVideoFrom(host.id());

            network.cut();

            gus.await(d -> gus.visible("notice"));
            assertThat(gus.text("notice")).contains("host lost their connection");
            assertThat(gus.awaitEnding()).isEqualTo("host-timed-out");
            assertThat(gus.text("end-text")).contains("did not come back");
            closeOpened(); // before the short-grace server this test made closes
        }
    }

    @Test
    void aDroppedWebSocketResumesWithTheSameIdAndTheMediaKeepsFlowing() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Flaky network").meeting().id();
        DesktopPeer host = desktopHost(meetingId, token);
        WebGuest gus = open(new WebGuest());
        String gusId = gus.join(rig.joinPage(meetingId), "Gus");
        gus.awaitVideoFrom(host.id());

        gus.js("window.comsDebug.dropSignaling();");
        gus.await(d -> ((Number) gus.js("return window.comsDebug.resumes();")).intValue() >= 1 ? true : null);
        gus.await(d -> d.findElement(org.openqa.selenium.By.id("notice")).isDisplayed() ? null : true);

        assertThat(gus.awaitInRoom()).as("the same participant after resuming").isEqualTo(gusId);
        gus.awaitVideoFrom(host.id());
        long seen = host.framesFrom(gusId);
        until("the desktop still decodes the browser", () -> host.framesFrom(gusId) > seen + 10);
        assertThat(host.session().roster())
                .filteredOn(p -> p.id().equals(gusId))
                .hasSize(1);
        host.session().sendChat("Still here?").get();
        gus.awaitMessage("Still here?");
        assertThat(host.ended).isNull();
    }

    @Test
    void twoBrowsersAndADesktopFormAFullMesh() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Mesh").meeting().id();
        DesktopPeer host = desktopHost(meetingId, token);
        WebGuest gus = open(new WebGuest());
        WebGuest lou = open(new WebGuest());
        String gusId = gus.join(rig.joinPage(meetingId), "Gus");
        String louId = lou.join(rig.joinPage(meetingId), "Lou");

        gus.awaitVideoFrom(host.id());
        gus.awaitVideoFrom(louId);
        lou.awaitVideoFrom(host.id());
        lou.awaitVideoFrom(gusId);
        until("the desktop decodes both browsers", () -> host.framesFrom(gusId) > 10 && host.framesFrom(louId) > 10);
        lou.awaitAudioFrom(gusId);
        gus.say("Hi Lou, from Gus", null);
        lou.awaitMessage("Hi Lou, from Gus");
        until("the desktop reads it too", () -> host.texts().contains("Hi Lou, from Gus"));
        assertThat(gus.driver.findElements(org.openqa.selenium.By.cssSelector("#people .person")))
                .hasSize(3);
        gus.screenshot(java.nio.file.Path.of("target/ui-web/room-mesh-1280x800.png"));
    }
}
