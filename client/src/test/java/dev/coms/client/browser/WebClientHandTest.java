package dev.coms.client.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Raised hands between the web client and the desktop engine, per the peer contract's {@code hand} message. */
class WebClientHandTest extends DesktopAndBrowserTest {

    @Test
    void aBrowserGuestRaisesItsHandTheHostSeesItAndLowersIt() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Questions").meeting().id();
        DesktopPeer host = open(new DesktopPeer(rtc, rig, okhttp, meetingId, token));
        until("the desktop host joined", () -> host.id() != null);
        WebGuest gus = open(new WebGuest());
        String gusId = gus.join(rig.joinPage(meetingId), "Gus");
        gus.awaitVideoFrom(host.id());

        gus.click("hand");

        until("the desktop sees Gus's hand up", () -> host.hands.contains(gusId));
        assertThat(gus.text("hand")).contains("Lower hand");
        gus.await(d -> handOnTile(gus, gusId) ? true : null);
        assertThat(firstPerson(gus)).as("a raised hand leads the People list").isEqualTo(gusId);

        host.session().lowerHand(gusId);

        gus.await(d -> handOnTile(gus, gusId) ? null : true);
        gus.await(d -> gus.text("hand").contains("Raise hand") ? true : null);
        assertThat(host.hands).doesNotContain(gusId);
        gus.click("hand");
        until("the hand can go up again after the host lowered it", () -> host.hands.contains(gusId));
        gus.click("hand");
        until("and down by Gus himself", () -> !host.hands.contains(gusId));
    }

    @Test
    void aDesktopParticipantsRaisedHandShowsInTheBrowser() throws Exception {
        String token = rig.newHost("Hana Host");
        String meetingId = rig.openNow(token, "Hands").meeting().id();
        DesktopPeer host = open(new DesktopPeer(rtc, rig, okhttp, meetingId, token));
        until("the desktop host joined", () -> host.id() != null);
        WebGuest gus = open(new WebGuest());
        gus.join(rig.joinPage(meetingId), "Gus");
        gus.awaitVideoFrom(host.id());
        assertThat(handOnTile(gus, host.id())).isFalse();

        host.session().setHand(true);

        gus.await(d -> handOnTile(gus, host.id()) ? true : null);
        assertThat(firstPerson(gus)).isEqualTo(host.id());
        assertThat(gus.driver
                        .findElement(By.cssSelector("#people .person[data-participant='" + host.id() + "']"))
                        .getAttribute("textContent"))
                .contains("hand raised");
        gus.screenshot(java.nio.file.Path.of("target/ui-web/room-hand-1280x800.png"));
        host.session().setHand(false);
        gus.await(d -> handOnTile(gus, host.id()) ? null : true);
    }

    private static boolean handOnTile(WebGuest guest, String participantId) {
        List<WebElement> hands = guest.driver.findElements(
                By.cssSelector(".tile[data-participant='" + participantId + "'][data-kind='camera'] .tile-hand"));
        return !hands.isEmpty() && hands.getFirst().isDisplayed();
    }

    private static String firstPerson(WebGuest guest) {
        return guest.driver.findElement(By.cssSelector("#people .person")).getAttribute("data-participant");
    }
}
