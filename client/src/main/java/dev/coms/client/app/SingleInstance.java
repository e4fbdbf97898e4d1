package dev.coms.client.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one Coms window per user. The first launch listens on an AF_UNIX socket in the user's runtime directory
 * (owner-only permissions); a later launch (for example an invitation link clicked while Coms runs) sends its
 * arguments there and exits. Works wherever the JDK supports Unix domain sockets: Linux, macOS, Windows 10+.
 *
 * <p>Threading: the receiver is called on a virtual thread per incoming launch, never on the caller's thread.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SingleInstance.class);
    private static final String GREETING = "coms-launch/1";
    private static final String ACK = "ok";
    private static final int MAX_MESSAGE_BYTES = 16 * 1024;
    private static final Duration HAND_OFF_TIMEOUT = Duration.ofSeconds(5);

    private final Path socket;
    private final ServerSocketChannel server;
    private final Consumer<List<String>> receiver;

    private SingleInstance(Path socket, ServerSocketChannel server, Consumer<List<String>> receiver) {
        this.socket = socket;
        this.server = server;
        this.receiver = receiver;
    }

    /**
     * Becomes the running instance, or hands {@code args} to the one already running.
     *
     * @param socket where the running instance listens
     * @param receiver gets the arguments of every later launch
     * @return the running instance (this process), or empty when another process took the arguments
     * @throws IOException when neither is possible (the socket cannot be created nor reached)
     */
    public static Optional<SingleInstance> acquire(Path socket, List<String> args, Consumer<List<String>> receiver)
            throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (Files.exists(socket) && handOff(socket, args)) {
                return Optional.empty();
            }
            Files.deleteIfExists(socket); // nobody answered: left behind by a crashed instance
            try {
                return Optional.of(listen(socket, receiver));
            } catch (IOException e) {
                last = e; // another launch bound it between our two steps: talk to that one
                log.debug("Could not listen on {}, retrying", socket, e);
            }
        }
        throw last;
    }

    /** The socket this instance listens on. */
    public Path socket() {
        return socket;
    }

    /** Sends the arguments to the instance listening on {@code socket}; false when none answered. */
    static boolean handOff(Path socket, List<String> args) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            Thread watchdog = Thread.ofVirtual().start(() -> closeAfterTimeout(channel));
            try {
                String message = GREETING + "\n" + String.join("\n", args);
                channel.write(ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)));
                channel.shutdownOutput();
                boolean acknowledged = readAll(channel, 64).trim().equals(ACK);
                log.info(
                        "Handed launch arguments to the running Coms ({})", acknowledged ? "acknowledged" : "no reply");
                return acknowledged;
            } finally {
                watchdog.interrupt();
            }
        } catch (IOException e) {
            log.debug("No running Coms at {}", socket, e);
            return false;
        }
    }

    private static SingleInstance listen(Path socket, Consumer<List<String>> receiver) throws IOException {
        Path dir = socket.toAbsolutePath().getParent();
        AppDirs.createPrivateDirectory(dir);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            server.close();
            throw e;
        }
        SingleInstance instance = new SingleInstance(socket, server, receiver);
        Thread.ofPlatform().daemon().name("coms-single-instance").start(instance::acceptLoop);
        log.info("Listening for later launches on {}", socket);
        return instance;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                Thread.ofVirtual().name("coms-launch-message").start(() -> serve(channel));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                log.warn("Could not accept a launch message", e);
            }
        }
    }

    private void serve(SocketChannel channel) {
        Thread watchdog = Thread.ofVirtual().start(() -> closeAfterTimeout(channel));
        try (channel) {
            List<String> lines =
                    Arrays.asList(readAll(channel, MAX_MESSAGE_BYTES).split("\n", -1));
            if (lines.isEmpty() || !lines.getFirst().equals(GREETING)) {
                log.warn("Ignoring a malformed launch message on {}", socket);
                return;
            }
            channel.write(ByteBuffer.wrap((ACK + "\n").getBytes(StandardCharsets.UTF_8)));
            List<String> args = lines.subList(1, lines.size()).stream()
                    .filter(s -> !s.isBlank())
                    .toList();
            receiver.accept(args);
        } catch (IOException e) {
            log.warn("Ignoring an unreadable launch message: {}", e.toString());
        } catch (RuntimeException e) {
            log.error("Could not handle a launch message", e);
        } finally {
            watchdog.interrupt();
        }
    }

    /** Reads until the peer stops sending; a message longer than {@code max} bytes is refused. */
    private static String readAll(SocketChannel channel, int max) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(max + 1);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading
        }
        if (!buffer.hasRemaining()) {
            throw new IOException("launch message longer than " + max + " bytes");
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void closeAfterTimeout(SocketChannel channel) {
        try {
            Thread.sleep(HAND_OFF_TIMEOUT);
            channel.close();
        } catch (InterruptedException | IOException e) {
            // finished in time, or already closed
        }
    }

    /** Stops listening and removes the socket file, so the next launch becomes the running instance. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", socket, e.toString());
        }
    }
}
