package dev.coms.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    private static final String LINK = "coms://meeting/k7m2x9q4tp?server=https%3A%2F%2Fcoms.example.org&p=ABCD";

    @TempDir
    Path tmp;

    private final LinkedBlockingQueue<List<String>> firstReceived = new LinkedBlockingQueue<>();
    private SingleInstance running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    private Path socket() {
        return tmp.resolve("run").resolve("coms.sock");
    }

    private SingleInstance first() throws Exception {
        Optional<SingleInstance> first = SingleInstance.acquire(socket(), List.of(), firstReceived::add);
        assertThat(first).as("the first launch becomes the running instance").isPresent();
        running = first.get();
        return running;
    }

    @Test
    void aSecondLaunchHandsItsLinkToTheRunningInstanceAndDoesNotStartAnotherWindow() throws Exception {
        first();
        List<List<String>> secondReceived = new java.util.ArrayList<>();

        Optional<SingleInstance> second =
                SingleInstance.acquire(socket(), List.of("--server", "http://x", LINK), secondReceived::add);

        assertThat(second).as("the second launch must exit").isEmpty();
        assertThat(firstReceived.poll(5, TimeUnit.SECONDS)).containsExactly("--server", "http://x", LINK);
        assertThat(secondReceived).isEmpty();
    }

    @Test
    void everyLaterLaunchReachesTheSameRunningInstance() throws Exception {
        first();
        for (int i = 0; i < 3; i++) {
            assertThat(SingleInstance.acquire(socket(), List.of(LINK + i), args -> {}))
                    .isEmpty();
            assertThat(firstReceived.poll(5, TimeUnit.SECONDS)).containsExactly(LINK + i);
        }
    }

    @Test
    void theSocketAndItsDirectoryAreReadableOnlyByTheUser() throws Exception {
        first();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aSocketLeftBehindByACrashedInstanceIsReplaced() throws Exception {
        Files.createDirectories(socket().getParent());
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket()));
        } // closing does not remove the file: it stays behind as after a crash
        assertThat(socket()).exists();

        first();
        assertThat(SingleInstance.acquire(socket(), List.of(LINK), args -> {})).isEmpty();
        assertThat(firstReceived.poll(5, TimeUnit.SECONDS)).containsExactly(LINK);
    }

    @Test
    void afterTheRunningInstanceClosesTheNextLaunchBecomesTheRunningOne() throws Exception {
        first().close();
        assertThat(socket()).doesNotExist();

        LinkedBlockingQueue<List<String>> nextReceived = new LinkedBlockingQueue<>();
        Optional<SingleInstance> next = SingleInstance.acquire(socket(), List.of(), nextReceived::add);
        assertThat(next).isPresent();
        running = next.get();
        assertThat(SingleInstance.acquire(socket(), List.of(LINK), args -> {})).isEmpty();
        assertThat(nextReceived.poll(5, TimeUnit.SECONDS)).containsExactly(LINK);
    }

    @Test
    void aStrangeMessageOnTheSocketIsIgnoredAndLaterLaunchesStillWork() throws Exception {
        first();
        try (SocketChannel stranger = SocketChannel.open(UnixDomainSocketAddress.of(socket()))) {
            stranger.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
            stranger.shutdownOutput();
            assertThat(stranger.read(ByteBuffer.allocate(16)))
                    .as("no acknowledgement")
                    .isEqualTo(-1);
        }
        try (SocketChannel flood = SocketChannel.open(UnixDomainSocketAddress.of(socket()))) {
            flood.write(ByteBuffer.wrap(("coms-launch/1\n" + "x".repeat(64 * 1024)).getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            // the instance may hang up before reading everything; that is the point
        }

        assertThat(SingleInstance.acquire(socket(), List.of(LINK), args -> {})).isEmpty();
        assertThat(firstReceived.poll(5, TimeUnit.SECONDS)).containsExactly(LINK);
        assertThat(firstReceived).isEmpty();
    }
}
