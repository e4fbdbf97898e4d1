package dev.coms.server.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The open-meetings push over a real WebSocket (the JDK client). */
class OpenMeetingsSocketTest {

    TestServer server;
    HttpClient http;
    SessionView host;
    final List<WebSocket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new TestServer();
        http = HttpClient.newHttpClient();
        host = server.newHost("Feed Host");
    }

    @AfterEach
    void stop() {
        sockets.forEach(WebSocket::abort);
        server.close();
        http.shutdownNow();
    }

    /** Collects every text message a socket receives. */
    final class Inbox implements WebSocket.Listener {
        final BlockingQueue<OpenMeetingsUpdate> updates = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        final BlockingQueue<Boolean> pongs = new LinkedBlockingQueue<>();

        @Override
        public CompletionStage<?> onPong(WebSocket ws, java.nio.ByteBuffer message) {
            pongs.add(true);
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    updates.add(server.json.readValue(partial.toString(), OpenMeetingsUpdate.class));
                } catch (Exception e) {
                    throw new AssertionError("Not an OpenMeetingsUpdate: " + partial, e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        /** Waits (at most 10 s) for an update matching {@code test}, skipping others. */
        OpenMeetingsUpdate await(Predicate<OpenMeetingsUpdate> test) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                OpenMeetingsUpdate u = updates.poll(100, TimeUnit.MILLISECONDS);
                if (u != null && test.test(u)) {
                    return u;
                }
            }
            throw new AssertionError("No matching update arrived");
        }
    }

    private Inbox connect() {
        Inbox inbox = new Inbox();
        URI ws = URI.create(server.uri("/ws/open-meetings").toString().replace("http", "ws"));
        sockets.add(http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(ws, inbox)
                .join());
        return inbox;
    }

    private static List<String> ids(OpenMeetingsUpdate u) {
        return u.meetings().stream().map(MeetingView::id).toList();
    }

    @Test
    void subscribersSeeTheListOnConnectAndEveryChange() throws Exception {
        String existing = server.read(
                        server.post(
                                "/api/meetings/open-now",
                                new StartOpenMeetingRequest("Already here", null, null),
                                host.token()),
                        HostMeetingView.class)
                .meeting()
                .id();
        Inbox inbox = connect();
        assertThat(ids(inbox.await(u -> true))).containsExactly(existing);

        String created = server.read(
                        server.post(
                                "/api/meetings",
                                TestServer.scheduleAt(MeetingMode.OPEN, "Later", TestServer.START.plusSeconds(3600)),
                                host.token()),
                        HostMeetingView.class)
                .meeting()
                .id();
        assertThat(ids(inbox.await(u -> ids(u).contains(created)))).containsExactly(existing, created);

        server.enter(existing, 4);
        OpenMeetingsUpdate counted = inbox.await(u -> u.meetings().getFirst().participants() == 4);
        assertThat(counted.meetings().getFirst().id()).isEqualTo(existing);

        server.post("/api/meetings/" + created + "/cancel", "", host.token());
        assertThat(ids(inbox.await(u -> !ids(u).contains(created)))).containsExactly(existing);

        server.coms.meetingRules().meetingEnded(existing);
        assertThat(inbox.await(u -> u.meetings().isEmpty()).meetings()).isEmpty();
    }

    @Test
    void aMeetingReachingItsStartIsPushedAsLive() throws Exception {
        String later = server.read(
                        server.post(
                                "/api/meetings",
                                TestServer.scheduleAt(MeetingMode.OPEN, "Soon", TestServer.START.plusSeconds(600)),
                                host.token()),
                        HostMeetingView.class)
                .meeting()
                .id();
        Inbox inbox = connect();
        assertThat(inbox.await(u -> true).meetings().getFirst().state().name()).isEqualTo("SCHEDULED");

        server.clock.advance(Duration.ofMinutes(10));
        server.coms.openMeetings().refresh();
        MeetingView live = inbox.await(
                        u -> u.meetings().getFirst().state().name().equals("LIVE"))
                .meetings()
                .getFirst();
        assertThat(live.id()).isEqualTo(later);
    }

    @Test
    void privateMeetingsNeverAppearInTheFeed() throws Exception {
        Inbox inbox = connect();
        assertThat(inbox.await(u -> true).meetings()).isEmpty();
        server.post(
                "/api/meetings",
                TestServer.scheduleAt(MeetingMode.PRIVATE, "Hidden", TestServer.START.plusSeconds(600)),
                host.token());
        String open = server.read(
                        server.post(
                                "/api/meetings/open-now",
                                new StartOpenMeetingRequest("Visible", null, null),
                                host.token()),
                        HostMeetingView.class)
                .meeting()
                .id();
        assertThat(ids(inbox.await(u -> !u.meetings().isEmpty()))).containsExactly(open);
    }

    @Test
    void silentSubscribersAreDroppedAndLiveOnesKeepTheirFeed() throws Exception {
        Inbox alive = connect();
        WebSocket aliveSocket = sockets.getLast();
        alive.await(u -> true);
        // Subscribes, then never reads or answers again: a connection whose other end is gone.
        java.net.Socket silent = new java.net.Socket("127.0.0.1", server.port());
        silent.getOutputStream()
                .write(("GET /ws/open-meetings HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                + "Sec-WebSocket-Version: 13\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.coms.openMeetings().subscriberCount() < 2 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(server.coms.openMeetings().subscriberCount()).isEqualTo(2);

        server.clock.advance(Duration.ofSeconds(60));
        aliveSocket.sendPing(java.nio.ByteBuffer.wrap(new byte[] {1})).join();
        assertThat(alive.pongs.poll(5, TimeUnit.SECONDS))
                .as("the server answers pings")
                .isTrue();
        assertThat(server.coms.openMeetings().dropIdle()).isZero();

        server.clock.advance(Duration.ofSeconds(31));
        assertThat(server.coms.openMeetings().dropIdle())
                .as("the silent one, after 90 s")
                .isEqualTo(1);
        assertThat(server.coms.openMeetings().subscriberCount()).isEqualTo(1);
        silent.setSoTimeout(5_000);
        java.io.InputStream in = silent.getInputStream();
        while (in.read() >= 0) {
            // the 101 reply and the first list, then the end of the stream
        }
        silent.close();

        String created = server.read(
                        server.post(
                                "/api/meetings/open-now",
                                new StartOpenMeetingRequest("After the sweep", null, null),
                                host.token()),
                        HostMeetingView.class)
                .meeting()
                .id();
        assertThat(ids(alive.await(u -> ids(u).contains(created)))).containsExactly(created);
    }

    @Test
    void oneAddressCannotHoldMoreThanItsShareOfSubscriptions() throws Exception {
        for (int i = 0; i < 32; i++) {
            connect().await(u -> true);
        }
        var closed = new java.util.concurrent.CompletableFuture<Integer>();
        URI ws = URI.create(server.uri("/ws/open-meetings").toString().replace("http", "ws"));
        sockets.add(http.newWebSocketBuilder()
                .buildAsync(ws, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                })
                .join());
        assertThat(closed.get(5, TimeUnit.SECONDS)).isEqualTo(1008);

        HttpClient other = HttpClient.newBuilder()
                .localAddress(java.net.InetAddress.getByName("127.0.0.2"))
                .build();
        try {
            Inbox honest = new Inbox();
            WebSocket socket =
                    other.newWebSocketBuilder().buildAsync(ws, honest).join();
            assertThat(honest.await(u -> true).meetings()).isEmpty();
            socket.abort();
        } finally {
            other.shutdownNow();
        }
    }
}
