package dev.coms.server.http;

import dev.coms.protocol.rest.ApiError.FieldError;
import java.text.Normalizer;
import java.util.List;

/**
 * The one way the server reads a person's text (names, titles, topics, emails): Unicode NFC, surrounding white space
 * removed, lengths counted in code points (an emoji is one character, as people count), and control or
 * direction-override characters refused, so nothing stored can break a log line, a mail header or another
 * participant's screen. PostgreSQL refuses NUL in text; it is refused here first, with a field error.
 */
public final class TextFields {

    private TextFields() {}

    /** NFC-normalised and stripped; empty for null. */
    public static String normalise(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
    }

    /** Length in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** True when nothing visible is left: only white space and invisible format characters (zero-width space...). */
    public static boolean blank(String text) {
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT);
    }

    /** True when the text holds a control character (NUL, CR, LF, bell...) or a bidi embedding/override/isolate. */
    public static boolean hasForbidden(String text) {
        return text.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL
                        || (c >= 0x202A && c <= 0x202E)
                        || (c >= 0x2066 && c <= 0x2069));
    }

    /**
     * Reads one field of one line of text. On a problem, adds a field error and returns what was read (callers throw
     * once all fields are checked).
     *
     * @param label how the field is named in the sentence ("a title", "a name")
     * @param min least code points; 0 for an optional field (then blank is allowed and returns "")
     */
    public static String line(String raw, String field, String label, int min, int max, List<FieldError> errors) {
        String text = normalise(raw);
        if (hasForbidden(text)) {
            errors.add(new FieldError(
                    field,
                    "Use letters, digits and punctuation only: no line breaks, control or"
                            + " text-direction characters."));
        } else if (min > 0 && blank(text)) {
            errors.add(new FieldError(field, "Enter " + label + " of " + min + " to " + max + " characters."));
        } else if (length(text) < min || length(text) > max) {
            errors.add(new FieldError(
                    field,
                    min > 0
                            ? "Enter " + label + " of " + min + " to " + max + " characters."
                            : "Keep " + label + " under " + max + " characters."));
        } else if (min == 0 && blank(text)) {
            return "";
        }
        return text;
    }
}
