package dev.coms.server.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.InviteLink;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the invitation page's script functions with Node.js (skipped where Node.js is not installed; CI installs it).
 * The results are compared with what {@link InviteLink} parses, so browser and app agree on the link.
 */
class MeetingPageScriptTest {

    private static final String BASE =
            new InviteLink(URI.create("https://coms.example.org"), "k7m2x9q4tp", null).app(false);

    @BeforeAll
    static void nodeIsInstalled() {
        boolean found;
        try {
            found = new ProcessBuilder("node", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            found = false;
        }
        assumeTrue(found, "Node.js is not installed");
    }

    private static JsonNode run(String expression) throws Exception {
        Path script =
                Path.of(MeetingPageService.class.getResource("meeting-page.js").toURI());
        String program = "const page = require(" + json(script.toString()) + ");"
                + "process.stdout.write(JSON.stringify(" + expression + "));";
        Process node = new ProcessBuilder("node", "-e", program)
                .redirectErrorStream(true)
                .start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        return new ObjectMapper().readTree(out);
    }

    private static String json(String text) throws Exception {
        return new ObjectMapper().writeValueAsString(text);
    }

    @Test
    void thePasscodeFromTheFragmentIsPassedToTheApp() throws Exception {
        String link = run("page.appLinkFor(" + json(BASE) + ", '#p=ABCD-EFGH')").asText();

        InviteLink parsed = InviteLink.parse(link).orElseThrow();
        assertThat(parsed.meetingId()).isEqualTo("k7m2x9q4tp");
        assertThat(parsed.server()).hasToString("https://coms.example.org");
        assertThat(parsed.passcode()).isEqualTo("ABCD-EFGH");
    }

    @Test
    void aPasscodeWithSpecialCharactersSurvivesTheTrip() throws Exception {
        String link = run("page.appLinkFor(" + json(BASE) + ", '#p=' + encodeURIComponent('a&b=c d#'))")
                .asText();

        assertThat(InviteLink.parse(link).orElseThrow().passcode()).isEqualTo("a&b=c d#");
    }

    @Test
    void withoutAPasscodeTheLinkIsTheServersOwn() throws Exception {
        assertThat(run("page.appLinkFor(" + json(BASE) + ", '')").asText()).isEqualTo(BASE);
        assertThat(run("page.appLinkFor(" + json(BASE) + ", '#x=1')").asText()).isEqualTo(BASE);
    }

    @Test
    void theStateLineTellsWhetherTheMeetingCanBeJoined() throws Exception {
        String now = "new Date('2030-01-01T10:00:00Z')";
        String format = "d => d.toISOString()";
        assertThat(run("page.describe({state:'SCHEDULED', startsAt:'2030-01-01T12:00:00Z'}, " + now + ", " + format
                                + ")")
                        .asText())
                .isEqualTo("Starts 2030-01-01T12:00:00.000Z.");
        assertThat(run("page.describe({state:'LIVE'}, " + now + ", " + format + ")")
                        .asText())
                .isEqualTo("In progress now.");
        assertThat(run("page.describe({state:'CANCELLED'}, " + now + ", " + format + ")")
                        .asText())
                .isEqualTo("The host cancelled this meeting.");
    }
}
