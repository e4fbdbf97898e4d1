package dev.coms.client.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Two desktop engines and one browser in one meeting: the browser is a full member of a desktop mesh. */
class WebClientDesktopsTest extends DesktopAndBrowserTest {

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
}
