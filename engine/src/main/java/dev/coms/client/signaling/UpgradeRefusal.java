package dev.coms.client.signaling;

import java.io.IOException;
import okhttp3.Response;

/**
 * A refused WebSocket upgrade to a room: the server answers a 4xx status with a plain-text body
 * {@code code: message} (docs/protocol.md, "Connecting"). Bodies are read up to a small limit, and anything
 * that does not look like that gets a code from the status and a generic sentence, so a proxy's HTML error page
 * never reaches the user.
 */
record UpgradeRefusal(int status, String code, String message) {

    private static final int MAX_BODY = 1024;
    private static final int MAX_MESSAGE = 200;

    /** The refusal in {@code response}, or null when it is not one (no response, or not a 4xx status). */
    static UpgradeRefusal of(Response response) {
        if (response == null || response.code() < 400 || response.code() >= 500) {
            return null;
        }
        String body;
        try {
            body = response.peekBody(MAX_BODY).string();
        } catch (IOException | IllegalStateException e) {
            body = "";
        }
        return parse(response.code(), body);
    }

    /** Parses {@code code: message}; exposed for tests. */
    static UpgradeRefusal parse(int status, String body) {
        String text = body == null ? "" : body.strip();
        int colon = text.indexOf(": ");
        if (colon > 0) {
            String code = text.substring(0, colon);
            String message = text.substring(colon + 2).strip();
            if (code.matches("[a-z_]{1,40}") && !message.isEmpty() && message.length() <= MAX_MESSAGE
                    && message.chars().noneMatch(c -> c == '<' || c == '\n' || Character.isISOControl(c))) {
                return new UpgradeRefusal(status, code, message);
            }
        }
        return new UpgradeRefusal(status, "http_" + status, genericSentence(status));
    }

    private static String genericSentence(int status) {
        return switch (status) {
            case 401 -> "Your way into the meeting has expired. Join the meeting again.";
            case 403 -> "You are not allowed into this meeting.";
            case 404 -> "There is no such meeting.";
            case 410 -> "This meeting has ended.";
            case 429 -> "The meeting is full. Try again when someone leaves.";
            default -> "The server would not let you into the meeting.";
        };
    }
}
