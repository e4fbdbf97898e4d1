package dev.coms.server.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web client's rules that need no browser, run in Node.js as the ES modules the browser loads (skipped where
 * Node.js is not installed; CI installs it): end screens, the speaking gate and active speaker, chat's trust rules,
 * stream kinds and ICE server filtering. The browser tests in the client module cover the rest.
 */
class WebClientRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Runs {@code body} (which may await) with the module's exports bound to {@code m}; returns its JSON result. */
    private static JsonNode run(String module, String body) throws Exception {
        Path file = Path.of(WebClientService.class.getResource("web/" + module).toURI());
        String program = "console.warn = () => {}; const m = await import("
                + JSON.writeValueAsString(file.toUri().toString()) + ");"
                + "const result = await (async () => {" + body + "})();"
                + "process.stdout.write(JSON.stringify(result));";
        Process node = new ProcessBuilder("node", "--input-type=module", "-e", program)
                .redirectErrorStream(true)
                .start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        return JSON.readTree(out);
    }

    @Test
    void aRefusedRoomIsExplainedFromTheMeetingsState() throws Exception {
        JsonNode r = run("endings.js", """
                const live = (n) => ({ status: 200, meeting: { state: 'LIVE', participants: n } });
                return [m.endingForRefusal({ status: 404, meeting: null }, 8),
                  m.endingForRefusal({ status: 200, meeting: { state: 'CANCELLED' } }, 8),
                  m.endingForRefusal({ status: 200, meeting: { state: 'ENDED' } }, 8),
                  m.endingForRefusal({ status: 200, meeting: { state: 'SCHEDULED' } }, 8),
                  m.endingForRefusal(live(7), 8), m.endingForRefusal(live(6), 8),
                  m.endingForReason('HOST_LEFT'), m.endingForReason('HOST_TIMED_OUT'), m.endingForReason('CANCELLED'),
                  m.endingForJoinError('banned'), m.endingForJoinError('wrong_passcode')];
                """);
        assertThat(r)
                .extracting(JsonNode::asText)
                .containsExactly(
                        "no-meeting",
                        "cancelled",
                        "ended",
                        "not-started",
                        "full",
                        "could-not-enter",
                        "ended",
                        "host-timed-out",
                        "cancelled",
                        "removed",
                        "null");
    }

    @Test
    void speakingStartsAtAFifthOfATenthAndEndsAfterSevenTenthsOfQuiet() throws Exception {
        JsonNode r = run("voice.js", """
                const gate = new m.VoiceGate();
                return [gate.sample(0.03, 0), gate.sample(0.06, 250), gate.sample(0.01, 500), gate.sample(0.01, 1000),
                  gate.sample(0.01, 1200)];
                """);
        assertThat(r.toString()).isEqualTo("[null,0.06,0.01,0.01,0]");
    }

    @Test
    void theCurrentSpeakerKeepsTheHighlightUntilSilentThenTheLoudestTakesOver() throws Exception {
        JsonNode r = run("voice.js", """
                const s = new m.ActiveSpeaker();
                s.report('ann', 0.2, 0);
                s.report('bob', 0.9, 100);
                const first = s.current;
                s.report('ann', 0, 200);
                const second = s.current;
                s.decide(100 + 1501);
                return [first, second, s.current];
                """);
        assertThat(r.toString()).isEqualTo("[\"ann\",\"bob\",null]");
    }

    @Test
    void chatTakesTheSenderFromTheConnectionAndDropsWhatIsNotForUs() throws Exception {
        JsonNode r = run("chat.js", """
                const shown = [];
                const chat = new m.Chat({ selfId: () => 'me', nameOf: (id) => 'Name of ' + id, links: () => [],
                  link: () => undefined, shown: (x) => shown.push(x), voice: () => {}, now: () => 0 });
                const say = (msg) => JSON.stringify({ type: 'say', message: msg });
                const base = { id: 'a1', from: 'mallory', senderName: 'The Host', to: null, text: 'hi',
                  sentAt: '2030-01-01T10:00:00Z' };
                chat.received({ remoteId: 'bob' }, say(base));
                chat.received({ remoteId: 'bob' }, say(base));
                chat.received({ remoteId: 'bob' }, say({ ...base, id: 'a2', to: 'someone-else' }));
                chat.received({ remoteId: 'bob' }, say({ ...base, id: 'a3', text: 'x'.repeat(4001) }));
                chat.received({ remoteId: 'bob' }, '{"type":"unknown"}');
                chat.received({ remoteId: 'bob' }, 'not json');
                const levels = [];
                const voiced = new m.Chat({ selfId: () => 'me', nameOf: () => '', links: () => [], link: () => undefined,
                  shown: () => {}, voice: (id, level) => levels.push(level), now: () => 0 });
                for (const level of [0.3, 1.5, -1, 'loud']) {
                  voiced.received({ remoteId: 'bob' }, JSON.stringify({ type: 'voice', level }));
                }
                if (levels.join() !== '0.3') {
                  throw new Error('voice levels outside 0-1 must be ignored: ' + levels.join());
                }
                return shown.map((x) => [x.from, x.senderName, x.text]);
                """);
        assertThat(r.toString()).isEqualTo("[[\"bob\",\"Name of bob\",\"hi\"]]");
    }

    @Test
    void streamKindsAndIceServersFollowTheProtocol() throws Exception {
        JsonNode r = run("peer.js", """
                return [m.remoteKind('screen', 'x', 'video'), m.remoteKind('camera', 'x', 'video'),
                  m.remoteKind(undefined, 'screen-12', 'video'), m.remoteKind(undefined, 'abc', 'video'),
                  m.remoteKind('audio', 'x', 'audio'),
                  m.usableIceServers([{ urls: ['stun:stun.example.org:3478', 'stun.example.org', 'stun:a b'] },
                    { urls: [''] }, { urls: ['turn:t.example.org?transport=tcp', 'turn:t.example.org?x=1'],
                      username: 'u', credential: 'c' }])];
                """);
        assertThat(r.toString())
                .isEqualTo(
                        "[\"screen\",\"camera\",\"screen\",\"camera\",\"audio\","
                                + "[{\"urls\":[\"stun:stun.example.org:3478\"]},"
                                + "{\"urls\":[\"turn:t.example.org?transport=tcp\"],\"username\":\"u\",\"credential\":\"c\"}]]");
    }
}
