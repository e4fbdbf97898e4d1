package dev.coms.client.ui.room;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chat message as shown in the messenger.
 *
 * @param from who wrote it ("You" for the user's own)
 * @param to for a private message, who it went to ("you" when it came to the user); null for everyone
 * @param time when it was sent or received, "14:05" in the device's zone
 */
public record ChatLine(String from, String to, String text, String time, boolean mine) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    /** A piece of a message's text: plain, or a web link the user can open. */
    public record Part(String text, URI link) {}

    /** A message only the sender and one person see. */
    public boolean privately() {
        return to != null;
    }

    /** The heading above the text: sender, and for a private message to whom. */
    public String heading() {
        return to == null ? from : from + " → " + to;
    }

    /** The message as copied to the clipboard. */
    public String copyText() {
        return heading() + (privately() ? " (private)" : "") + ", " + time + ": " + text;
    }

    /** The text cut into plain parts and http(s) links, in order. */
    public List<Part> parts() {
        List<Part> out = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Part(text.substring(at, m.start()), null));
            }
            out.add(new Part(m.group(), link(m.group())));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Part(text.substring(at), null));
        }
        return out;
    }

    private static URI link(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
