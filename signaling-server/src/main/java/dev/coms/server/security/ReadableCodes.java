package dev.coms.server.security;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes people read and type (meeting passcodes, password-reset codes): three groups of four characters
 * ({@code ABCD-EFGH-JKMN}) from an alphabet of 31 without look-alikes (no 0, O, 1, I, L), about 59 bits of entropy.
 * Typing is forgiving: case, spaces and dashes are ignored. Thread-safe.
 */
public final class ReadableCodes {

    /** Letters and digits that cannot be confused when read aloud or typed. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;

    private final SecureRandom random = new SecureRandom();

    /** A new random passcode in its display form. */
    public String generate() {
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** The canonical form hashed and compared: upper case, without spaces and dashes. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c != '-' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
