package dev.coms.client.app.calls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An SMTP receiver on a free loopback port for client flows: takes every message without TLS or authentication and
 * keeps its raw text (headers and body) for the test. Speaks just enough SMTP for the server's mail client.
 */
final class MailInbox implements AutoCloseable {

    private final ServerSocket socket;
    private final BlockingQueue<String> mails = new LinkedBlockingQueue<>();

    MailInbox() {
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("mail-inbox").start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Raw messages in the order they arrived. */
    BlockingQueue<String> mails() {
        return mails;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().start(() -> session(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket client) {
        try (client;
                var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = client.getOutputStream()) {
            say(out, "220 inbox ready");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String verb = line.length() < 4
                        ? line.toUpperCase()
                        : line.substring(0, 4).toUpperCase();
                if (verb.equals("EHLO")) {
                    say(out, "250-inbox\r\n250 8BITMIME");
                } else if (verb.equals("DATA")) {
                    say(out, "354 go ahead");
                    StringBuilder text = new StringBuilder();
                    for (String l = in.readLine(); l != null && !l.equals("."); l = in.readLine()) {
                        text.append(l.startsWith("..") ? l.substring(1) : l).append("\r\n");
                    }
                    mails.add(text.toString());
                    say(out, "250 queued");
                } else if (verb.equals("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the sender went away
        }
    }

    private static void say(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
