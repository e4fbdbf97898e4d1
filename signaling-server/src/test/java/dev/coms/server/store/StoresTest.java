package dev.coms.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.server.accounts.Account;
import dev.coms.server.accounts.AccountStore;
import dev.coms.server.meetings.Meeting;
import dev.coms.server.meetings.MeetingStore;
import dev.coms.server.testing.TestDatabases;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stores' SQL on both supported databases: embedded H2 and PostgreSQL. */
class StoresTest {

    static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");

    static Stream<Arguments> databases() {
        Supplier<DbSettings> h2 = TestDatabases::h2;
        Supplier<DbSettings> pg = () -> {
            assumeTrue(
                    TestDatabases.postgresConfigured() || System.getenv("CI") != null,
                    "PostgreSQL not configured (./coms test starts one)");
            return TestDatabases.postgres();
        };
        return Stream.of(Arguments.of(Named.of("H2", h2)), Arguments.of(Named.of("PostgreSQL", pg)));
    }

    static Meeting meeting(String id, MeetingMode mode, String host, Instant startsAt) {
        return new Meeting(
                id,
                mode,
                "Title " + id,
                "Topic",
                host,
                "Ada",
                startsAt,
                "Europe/Berlin",
                mode == MeetingMode.PRIVATE ? "hash" : null,
                mode == MeetingMode.PRIVATE ? "v1:sealed" : null,
                MeetingState.SCHEDULED);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void accountsAndSessionsRoundTrip(Supplier<DbSettings> settings) {
        try (Database db = Database.open(settings.get())) {
            AccountStore store = new AccountStore(db);
            Account ada = new Account("acc-1", "ada@example.org", "Ada", "pbkdf2-sha256$1$x$y");
            assertThat(store.insert(ada, T0)).isTrue();
            assertThat(store.insert(new Account("acc-2", "ada@example.org", "Other", "h"), T0))
                    .isFalse();
            assertThat(store.byEmail("ada@example.org")).contains(ada);
            assertThat(store.byId("acc-1")).contains(ada);

            store.insertSession("tokenhash", "acc-1", T0, T0.plusSeconds(60));
            assertThat(store.bySession("tokenhash", T0.plusSeconds(59))).contains(ada);
            assertThat(store.bySession("tokenhash", T0.plusSeconds(60))).isEmpty();
            store.deleteSession("tokenhash");
            assertThat(store.bySession("tokenhash", T0)).isEmpty();

            store.insertSession("old", "acc-1", T0, T0.plusSeconds(60));
            store.insertSession("new", "acc-1", T0, T0.plusSeconds(61));
            assertThat(store.deleteExpiredSessions(T0.plusSeconds(60))).isEqualTo(1);
            assertThat(store.bySession("new", T0)).contains(ada);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void meetingsKeepInstantsZonesAndStates(Supplier<DbSettings> settings) {
        try (Database db = Database.open(settings.get())) {
            new AccountStore(db).insert(new Account("host", "h@example.org", "Ada", "h"), T0);
            MeetingStore store = new MeetingStore(db);
            Meeting late = meeting("meetlate0001", MeetingMode.OPEN, "host", T0.plusSeconds(7200));
            Meeting early = meeting("meetearly001", MeetingMode.PRIVATE, "host", T0.plusSeconds(60));
            Meeting open = meeting("meetopen0001", MeetingMode.OPEN, "host", T0);
            store.insert(late, T0);
            store.insert(early, T0);
            store.insert(open, T0);

            assertThat(store.find("meetearly001")).contains(early);
            assertThat(store.activeOfHost("host"))
                    .extracting(Meeting::id)
                    .containsExactly("meetopen0001", "meetearly001", "meetlate0001");
            assertThat(store.activeOpen()).extracting(Meeting::id).containsExactly("meetopen0001", "meetlate0001");
            assertThat(store.activeStartedBy(T0.plusSeconds(60)))
                    .extracting(Meeting::id)
                    .containsExactly("meetopen0001", "meetearly001");

            assertThat(store.finish("meetlate0001", MeetingState.CANCELLED, T0)).isTrue();
            assertThat(store.finish("meetlate0001", MeetingState.ENDED, T0))
                    .as("only once")
                    .isFalse();
            assertThat(store.find("meetlate0001").orElseThrow().stored()).isEqualTo(MeetingState.CANCELLED);
            assertThat(store.activeOpen()).extracting(Meeting::id).containsExactly("meetopen0001");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void bansAreIdempotentAndPerMeeting(Supplier<DbSettings> settings) {
        try (Database db = Database.open(settings.get())) {
            new AccountStore(db).insert(new Account("host", "h@example.org", "Ada", "h"), T0);
            MeetingStore store = new MeetingStore(db);
            store.insert(meeting("meetbans0001", MeetingMode.OPEN, "host", T0), T0);
            store.insert(meeting("meetbans0002", MeetingMode.OPEN, "host", T0), T0);
            store.ban("meetbans0001", "guest:dev@1.2.3.4", T0);
            store.ban("meetbans0001", "guest:dev@1.2.3.4", T0);
            assertThat(store.isBanned("meetbans0001", "guest:dev@1.2.3.4")).isTrue();
            assertThat(store.isBanned("meetbans0002", "guest:dev@1.2.3.4")).isFalse();
            assertThat(store.isBanned("meetbans0001", "account:x")).isFalse();
        }
    }
}
