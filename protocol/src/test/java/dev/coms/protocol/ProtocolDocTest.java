package dev.coms.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.signal.CloseCode;
import dev.coms.protocol.signal.EndReason;
import dev.coms.protocol.signal.LeaveReason;
import dev.coms.protocol.signal.RefusalCode;
import dev.coms.protocol.signal.SignalErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/protocol.md is the contract another client is written from: its code tables must list exactly the codes the
 * enums define (the {@code UNKNOWN} values aside, which never travel).
 */
class ProtocolDocTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static List<String> doc;

    @BeforeAll
    static void read() throws IOException {
        doc = Files.readAllLines(Path.of("..", "docs", "protocol.md"));
    }

    @Test
    void restErrorTableListsEveryApiErrorCode() {
        assertThat(column("### Error codes", 1)).isEqualTo(wires(ApiErrorCode.values()));
    }

    @Test
    void refusalTableListsEveryRefusalCodeWithItsStatus() {
        List<String[]> rows = rows("### Connecting");
        Set<String> documented = new LinkedHashSet<>();
        for (String[] row : rows) {
            RefusalCode code = RefusalCode.fromWire(codes(row[1]).getFirst());
            assertThat(row[0].strip()).as("status of " + row[1]).isEqualTo(String.valueOf(code.status()));
            documented.add(code.wire());
        }
        assertThat(documented).isEqualTo(wires(RefusalCode.values()));
    }

    @Test
    void signalErrorTableListsEveryCodeAndWhetherTheSocketCloses() {
        Set<String> documented = new LinkedHashSet<>();
        for (String[] row : rows("### Error codes (`error` messages)")) {
            SignalErrorCode code = SignalErrorCode.fromWire(codes(row[0]).getFirst());
            assertThat(row[2].contains("closes")).as("socket column of " + code).isEqualTo(code.closes());
            documented.add(code.wire());
        }
        assertThat(documented).isEqualTo(wires(SignalErrorCode.values()));
    }

    @Test
    void endAndLeaveReasonTablesListEveryReason() {
        assertThat(column("### End reasons", 0)).isEqualTo(wires(EndReason.values()));
        assertThat(column("### Leave reasons", 0)).isEqualTo(wires(LeaveReason.values()));
    }

    @Test
    void closeCodeTableListsEveryCloseCode() {
        Set<String> documented = rows("### Close codes").stream()
                .map(r -> r[0].strip())
                .filter(c -> c.matches("\\d{4}"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(documented)
                .isEqualTo(Arrays.stream(CloseCode.values())
                        .map(c -> String.valueOf(c.code()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static Set<String> wires(WireCode[] codes) {
        return Arrays.stream(codes)
                .filter(c -> !((Enum<?>) c).name().equals("UNKNOWN"))
                .map(WireCode::wire)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> column(String heading, int index) {
        Set<String> all = new LinkedHashSet<>();
        rows(heading).forEach(r -> all.addAll(codes(r[index])));
        return all;
    }

    private static List<String> codes(String cell) {
        List<String> found = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The body rows of the first table after {@code heading}, as cells. */
    private static List<String[]> rows(String heading) {
        int at = doc.indexOf(heading);
        assertThat(at).as("docs/protocol.md has the heading " + heading).isNotNegative();
        List<String[]> rows = new ArrayList<>();
        int i = at + 1;
        while (i < doc.size() && !doc.get(i).startsWith("|")) {
            assertThat(doc.get(i))
                    .as("no other section before the table of " + heading)
                    .doesNotStartWith("#");
            i++;
        }
        for (i += 2; i < doc.size() && doc.get(i).startsWith("|"); i++) {
            String line = doc.get(i).strip();
            rows.add(line.substring(1, line.length() - 1).split("\\|"));
        }
        return rows;
    }
}
