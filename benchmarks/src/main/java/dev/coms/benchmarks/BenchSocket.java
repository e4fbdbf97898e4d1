package dev.coms.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A minimal WebSocket client on a plain socket (text frames only), light enough to hold 10,000 in one process.
 * {@link #send} may be called from any thread; {@link #readText} from one reader thread.
 */
final class BenchSocket implements AutoCloseable {

    private final Socket socket = new Socket();
    private final DataInputStream in;
    private final OutputStream out;

    BenchSocket(int port, String pathAndQuery) throws IOException {
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 4096));
        out = socket.getOutputStream();
        String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        while (!headers.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed during the upgrade");
            }
            headers.write(b);
        }
        if (!headers.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
            throw new IOException("Upgrade refused: "
                    + headers.toString(StandardCharsets.US_ASCII).lines().findFirst());
        }
    }

    /** Sends one masked text frame. */
    synchronized void send(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[payload.length + 14];
        int n = 0;
        frame[n++] = (byte) 0x81;
        if (payload.length < 126) {
            frame[n++] = (byte) (0x80 | payload.length);
        } else {
            frame[n++] = (byte) (0x80 | 126);
            frame[n++] = (byte) (payload.length >>> 8);
            frame[n++] = (byte) payload.length;
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        System.arraycopy(mask, 0, frame, n, 4);
        n += 4;
        for (int i = 0; i < payload.length; i++) {
            frame[n++] = (byte) (payload[i] ^ mask[i & 3]);
        }
        out.write(frame, 0, n);
        out.flush();
    }

    /** The next text message, or null when the server closed the connection. */
    String readText() throws IOException {
        while (true) {
            int b0 = in.read();
            if (b0 < 0) {
                return null;
            }
            int b1 = in.readUnsignedByte();
            long length = b1 & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            int opcode = b0 & 0x0F;
            if (opcode == 8) {
                return null;
            }
            if (opcode == 1) {
                return new String(payload, StandardCharsets.UTF_8);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
