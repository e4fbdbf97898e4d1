package dev.coms.client.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The way into a meeting from the browser: the invitation page's button, a passcode from the link's fragment, the
 * countdown on the server's clock, and the room's controls on a phone-sized screen.
 */
class WebClientJoinTest {

    private static final Path SHOTS = Path.of("target/ui-web");
    private static ComsRig rig;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void start() {
        Chromium.requireInstalled();
        rig = new ComsRig();
    }

    @AfterAll
    static void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        rig.clock.reset();
        for (AutoCloseable c : opened.reversed()) {
            c.close();
        }
    }

    private WebGuest browser(int width, int height) {
        WebGuest guest = new WebGuest(width, height);
        opened.add(guest);
        return guest;
    }

    private HostMeetingView schedule(String token, MeetingMode mode, String title, Instant at) {
        var utc = at.atZone(ZoneOffset.UTC);
        return rig.post(
                "/api/meetings",
                new ScheduleMeetingRequest(
                        mode,
                        title,
                        null,
                        utc.format(DateTimeFormatter.ISO_LOCAL_DATE),
                        utc.format(DateTimeFormatter.ofPattern("HH:mm")),
                        "UTC"),
                token,
                HostMeetingView.class);
    }

    @Test
    void theInvitationLinkOfAPrivateMeetingJoinsInTheBrowserWithThePasscodeFromItsFragment() {
        String token = rig.newHost("Hana Host");
        HostMeetingView view = schedule(
                token,
                MeetingMode.PRIVATE,
                "Private planning",
                rig.clock.instant().truncatedTo(ChronoUnit.MINUTES));
        String id = view.meeting().id();
        WebGuest gus = browser(1280, 800);

        gus.open(rig.joinPage(id));
        gus.submitName("Gus");
        gus.await(d -> gus.visible("join-error"));
        assertThat(gus.text("join-error")).as("no passcode, no entry").isNotBlank();

        gus.open(rig.base + "/m/" + id + "#p=" + view.passcode());
        WebElement button = gus.await(d -> gus.visible("join-web"));
        assertThat(button.getText()).isEqualTo("Join in the browser");
        assertThat(button.getDomProperty("href")).endsWith("/m/" + id + "/join#p=" + view.passcode());
        button.click();
        gus.await(d -> d.getCurrentUrl().contains("/join") ? gus.visible("join") : null);
        assertThat(gus.driver.findElement(By.id("passcode")).getDomProperty("value"))
                .isEqualTo(view.passcode());
        assertThat(gus.text("pj-title")).isEqualTo("Private planning");
        gus.submitName("Gus");
        assertThat(gus.awaitInRoom()).isNotBlank();
        assertThat(gus.driver.findElements(By.cssSelector(".tile .tile-name")))
                .anyMatch(e -> e.getText().contains("Gus (you)"));
    }

    @Test
    void theCountdownRunsOnTheServersClockAndJoinAppearsAtTheStart() {
        String token = rig.newHost("Hana Host");
        Instant startsAt = rig.clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        String id = schedule(token, MeetingMode.OPEN, "Starts soon", startsAt)
                .meeting()
                .id();
        // Far enough ahead that a browser starting slowly on a busy machine still sees the countdown.
        rig.clock.setNow(startsAt.minusSeconds(15));
        WebGuest gus = browser(1280, 800);

        gus.open(rig.joinPage(id));
        gus.await(d -> gus.visible("countdown"));
        assertThat(gus.text("countdown")).matches("Starts in 00:(0[1-9]|1[0-5])");
        assertThat(gus.driver.findElement(By.id("join")).isDisplayed())
                .as("no Join before the start")
                .isFalse();
        gus.await(d -> Boolean.TRUE.equals(gus.js("return document.getElementById('preview').readyState >= 2;"))
                ? true
                : null);
        gus.screenshot(SHOTS.resolve("prejoin-countdown-1280x800.png"));

        gus.await(d -> gus.visible("join"));
        assertThat(gus.driver.findElement(By.id("countdown")).isDisplayed()).isFalse();
        gus.submitName("Gus");
        assertThat(gus.awaitInRoom()).isNotBlank();
    }

    @Test
    void cancellingALiveMeetingAndAnUnknownLinkEachGetTheirOwnEndScreen() {
        String token = rig.newHost("Hana Host");
        String id = rig.openNow(token, "Cancelled soon").meeting().id();
        WebGuest gus = browser(1280, 800);
        gus.join(rig.joinPage(id), "Gus");

        rig.post("/api/meetings/" + id + "/cancel", Map.of(), token, HostMeetingView.class);

        assertThat(gus.awaitEnding()).isEqualTo("cancelled");
        assertThat(gus.text("end-title")).isEqualTo("The meeting was cancelled");
        gus.screenshot(SHOTS.resolve("ended-cancelled-1280x800.png"));
        gus.open(rig.joinPage("zzzzzzzzzzzz"));
        assertThat(gus.awaitEnding()).isEqualTo("no-meeting");
        gus.open(rig.joinPage(id));
        assertThat(gus.awaitEnding()).as("a cancelled meeting's link").isEqualTo("cancelled");
    }

    @Test
    void onAPhoneEveryControlOfTheRoomIsOnScreen() {
        String token = rig.newHost("Hana Host");
        String id = rig.openNow(token, "Phone call").meeting().id();
        WebGuest desk = browser(1280, 800);
        desk.join(rig.joinPage(id), "Lou at a desk");
        WebGuest phone = browser(390, 844);
        phone.open(rig.joinPage(id));
        phone.await(d -> phone.visible("join"));
        phone.screenshot(SHOTS.resolve("prejoin-390x844.png"));
        phone.submitName("Gus on a phone");
        phone.awaitInRoom();
        phone.await(d -> d.findElements(By.cssSelector(".tile")).size() == 2 ? true : null);

        assertThat((Number) phone.js("return window.innerWidth;")).isEqualTo(390L);
        for (String control : List.of("mic", "camera", "share", "hand", "open-chat", "open-people", "leave")) {
            assertOnScreen(phone, phone.driver.findElement(By.id(control)), control);
        }
        for (WebElement tile : phone.driver.findElements(By.cssSelector(".tile"))) {
            assertOnScreen(phone, tile.findElement(By.cssSelector(".tile-fullscreen")), "full-screen button");
            assertOnScreen(phone, tile.findElement(By.cssSelector(".tile-name")), "name");
        }
        phone.screenshot(SHOTS.resolve("room-390x844.png"));

        phone.click("open-chat");
        assertOnScreen(phone, phone.driver.findElement(By.id("chat-text")), "message field");
        assertOnScreen(phone, phone.driver.findElement(By.id("chat-send")), "send button");
        phone.say("Hello from the phone", null);
        desk.awaitMessage("Hello from the phone");
        phone.screenshot(SHOTS.resolve("room-chat-390x844.png"));
        desk.screenshot(SHOTS.resolve("room-1280x800-two-browsers.png"));

        phone.click("panel-close");
        phone.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 844, "height", 390, "deviceScaleFactor", 1, "mobile", true));
        phone.await(d -> ((Number) phone.js("return window.innerWidth;")).intValue() == 844 ? true : null);
        for (String control : List.of("mic", "camera", "share", "hand", "open-chat", "open-people", "leave")) {
            assertOnScreen(phone, phone.driver.findElement(By.id(control)), control + " (landscape)");
        }
        phone.screenshot(SHOTS.resolve("room-844x390.png"));
    }

    @Test
    void onAPhoneTheInvitationCanBeSharedByTextMessageWithThePasscodeOnlyWhenTheLinkHadIt() {
        String token = rig.newHost("Hana Host");
        HostMeetingView view = schedule(
                token, MeetingMode.PRIVATE, "Team sync", rig.clock.instant().truncatedTo(ChronoUnit.MINUTES));
        String id = view.meeting().id();
        WebGuest phone = browser(390, 844);

        phone.open(rig.joinPage(id) + "#p=" + view.passcode());
        phone.await(d -> phone.visible("join"));
        WebElement share = phone.await(d -> phone.visible("pj-share"));
        assertOnScreen(phone, share, "share");
        assertThat(phone.js("return typeof navigator.share;"))
                .as("headless Chromium has no Web Share, so the SMS link is what a tap opens")
                .isEqualTo("undefined");
        String withPasscode = smsBody(share);
        assertThat(withPasscode).contains("Team sync").endsWith(rig.base + "/m/" + id + "#p=" + view.passcode());
        phone.screenshot(SHOTS.resolve("prejoin-share-390x844.png"));

        phone.open(rig.joinPage(id));
        phone.await(d -> phone.text("pj-title").equals("Team sync") ? true : null);
        String without = smsBody(phone.await(d -> phone.visible("pj-share")));
        assertThat(without).endsWith(rig.base + "/m/" + id).doesNotContain("#p=");

        WebGuest desk = browser(1280, 800);
        desk.open(rig.joinPage(id));
        desk.await(d -> desk.visible("join"));
        assertThat(desk.driver.findElement(By.id("pj-share")).isDisplayed())
                .as("only phones get the share control")
                .isFalse();
    }

    private static String smsBody(WebElement share) {
        String href = share.getDomProperty("href");
        assertThat(href).startsWith("sms:?body=");
        return URLDecoder.decode(href.substring("sms:?body=".length()), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static void assertOnScreen(WebGuest page, WebElement element, String what) {
        assertThat(element.isDisplayed()).as(what + " is shown").isTrue();
        Map<String, Object> box = (Map<String, Object>) page.js(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
                        + " width: innerWidth, height: innerHeight};",
                element);
        double left = ((Number) box.get("left")).doubleValue();
        double right = ((Number) box.get("right")).doubleValue();
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        assertThat(left).as(what + " left edge " + box).isGreaterThanOrEqualTo(0);
        assertThat(right)
                .as(what + " right edge " + box)
                .isLessThanOrEqualTo(((Number) box.get("width")).doubleValue());
        assertThat(top).as(what + " top " + box).isGreaterThanOrEqualTo(0);
        assertThat(bottom).as(what + " bottom " + box).isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
        assertThat(right - left).as(what + " has a usable width").isGreaterThan(20);
    }
}
