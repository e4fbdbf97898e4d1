package dev.coms.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class InviteLinkTest {

    private final InviteLink link =
            new InviteLink(URI.create("https://coms.example.org/"), "k7m2x9q4tp", "ABCD-EFGH-JKMN");

    @Test
    void httpsLinkKeepsThePasscodeInTheFragment() {
        assertThat(link.https(true)).isEqualTo("https://coms.example.org/m/k7m2x9q4tp#p=ABCD-EFGH-JKMN");
        assertThat(link.https(false)).isEqualTo("https://coms.example.org/m/k7m2x9q4tp");
    }

    @Test
    void appLinkNamesTheServer() {
        assertThat(link.app(true))
                .isEqualTo("coms://meeting/k7m2x9q4tp?server=https%3A%2F%2Fcoms.example.org&p=ABCD-EFGH-JKMN");
    }

    @Test
    void bothFormsParseBackToTheSameInvitation() {
        assertThat(InviteLink.parse(link.https(true))).hasValue(link);
        assertThat(InviteLink.parse(link.app(true))).hasValue(link);
        assertThat(InviteLink.parse(link.app(false)).orElseThrow().passcode()).isNull();
    }

    @Test
    void serverBehindAPathPrefixIsKept() {
        var parsed = InviteLink.parse("http://localhost:8080/coms/m/abcd1234").orElseThrow();
        assertThat(parsed.server()).isEqualTo(URI.create("http://localhost:8080/coms"));
        assertThat(parsed.meetingId()).isEqualTo("abcd1234");
    }

    @Test
    void otherTextIsNotAnInvitation() {
        assertThat(InviteLink.parse("https://example.org/about")).isEmpty();
        assertThat(InviteLink.parse("coms://meeting/abcd1234")).isEmpty();
        assertThat(InviteLink.parse("coms://meeting/../../etc?server=http%3A%2F%2Fx"))
                .isEmpty();
        assertThat(InviteLink.parse("not a link at all")).isEmpty();
        assertThat(InviteLink.parse(null)).isEmpty();
    }
}
