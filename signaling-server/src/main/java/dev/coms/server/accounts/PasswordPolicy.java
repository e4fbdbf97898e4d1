package dev.coms.server.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: at least {@value #MIN} characters (code points), at most
 * {@value #MAX}; not a commonly used password (a bundled list), not a repeat or a run of one character
 * ({@code aaaaaaaa}, {@code 12345678}, {@code abcdefgh}), and not the account's own email, its part before the {@code @},
 * or its name. No composition rules (they make passwords weaker in practice). Thread-safe.
 */
public final class PasswordPolicy {

    /** Fewest characters. */
    public static final int MIN = 8;
    /** Most characters (long passphrases are welcome; this only bounds the hashing work). */
    public static final int MAX = 200;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Why {@code password} cannot be used for the account of {@code email} named {@code name}, or empty if it can. */
    public static Optional<String> problem(String password, String email, String name) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN || length > MAX) {
            return Optional.of("Choose a password of " + MIN + " to " + MAX + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!.?]+$", "")) || monotonous(lower)) {
            return Optional.of("This password is too common or too easy to guess; choose another.");
        }
        if (personal(lower, email) || personal(lower, name)) {
            return Optional.of("Do not use your email or name as the password.");
        }
        return Optional.empty();
    }

    private static boolean personal(String password, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        String local = v.contains("@") ? v.substring(0, v.indexOf('@')) : v;
        String squeezed = password.replaceAll("[\\s._-]", "");
        return password.equals(v)
                || squeezed.equals(v.replaceAll("[\\s._-]", ""))
                || (local.length() >= 4 && password.contains(local));
    }

    /** One character repeated, or a run where each character follows the one before (up or down) by one. */
    private static boolean monotonous(String password) {
        int[] c = password.codePoints().toArray();
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < c.length; i++) {
            same &= c[i] == c[0];
            up &= c[i] == c[i - 1] + 1 || (c[i] == '0' && c[i - 1] == '9');
            down &= c[i] == c[i - 1] - 1;
        }
        return same || up || down;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the server jar");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
