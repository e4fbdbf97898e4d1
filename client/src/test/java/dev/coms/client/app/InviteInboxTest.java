package dev.coms.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.InviteLink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class InviteInboxTest {

    private static final String APP_LINK =
            "coms://meeting/k7m2x9q4tp?server=https%3A%2F%2Fcoms.example.org&p=ABCD-EFGH";
    private static final String HTTPS_LINK = "https://coms.example.org/m/zz99yy88xx#p=WXYZ";

    private final InviteInbox inbox = new InviteInbox();
    private final List<InviteLink> opened = new ArrayList<>();
    private final List<Runnable> posted = new ArrayList<>();
    private final Executor uiThread = posted::add;

    @Test
    void linksFromTheCommandLineWaitUntilTheWindowCanOpenThem() {
        assertThat(inbox.receive(List.of("--server", "http://localhost:8080", APP_LINK)))
                .isEqualTo(1);
        assertThat(opened).isEmpty();

        inbox.attach(opened::add, uiThread);
        assertThat(opened).as("only on the UI thread").isEmpty();
        posted.forEach(Runnable::run);

        assertThat(opened).containsExactly(InviteLink.parse(APP_LINK).orElseThrow());
        assertThat(opened.getFirst().passcode()).isEqualTo("ABCD-EFGH");
    }

    @Test
    void linksFromALaterLaunchOpenOnTheUiThreadWithTheirPasscode() {
        inbox.attach(opened::add, uiThread);

        inbox.receive(List.of(HTTPS_LINK));
        posted.forEach(Runnable::run);

        assertThat(opened).singleElement().satisfies(link -> {
            assertThat(link.meetingId()).isEqualTo("zz99yy88xx");
            assertThat(link.server()).hasToString("https://coms.example.org");
            assertThat(link.passcode()).isEqualTo("WXYZ");
        });
    }

    @Test
    void argumentsThatAreNotInvitationLinksOpenNothing() {
        inbox.attach(opened::add, Runnable::run);

        int found = inbox.receive(List.of(
                "--server",
                "coms://somewhere-else/x",
                "https://example.org/about",
                "coms://meeting/<script>?server=x"));

        assertThat(found).isZero();
        assertThat(opened).isEmpty();
    }

    @Test
    void startingComsAgainWithoutALinkBringsTheWindowToTheFront() {
        List<String> calls = new ArrayList<>();
        inbox.attach(
                new LinkHandler() {
                    @Override
                    public void openInvite(InviteLink link) {
                        calls.add("open " + link.meetingId());
                    }

                    @Override
                    public void bringToFront() {
                        calls.add("front");
                    }
                },
                Runnable::run);

        inbox.relaunched(List.of());
        inbox.relaunched(List.of("--server", "http://localhost:8080"));
        inbox.relaunched(List.of(HTTPS_LINK));

        assertThat(calls).containsExactly("front", "front", "open zz99yy88xx");
    }
}
