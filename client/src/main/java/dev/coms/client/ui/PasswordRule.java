package dev.coms.client.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The server's rule for new passwords (docs/protocol.md, after NIST SP 800-63B), shown before anyone fails it, and
 * the part of it a client can check itself; the list of common passwords stays on the server.
 */
public final class PasswordRule {

    /** One sentence for under a new-password field. */
    public static final String TEXT =
            "At least 8 characters. Not a commonly used password, and not your email or name.";

    private PasswordRule() {}

    /** Why {@code candidate} will be refused; empty when it looks fine. */
    public static Optional<String> weakness(String candidate, String email, String name) {
        if (candidate.codePointCount(0, candidate.length()) < 8) {
            return Optional.of("Choose a password of at least 8 characters.");
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        String mail = email.toLowerCase(Locale.ROOT);
        String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
        boolean isName = !name.isBlank() && lower.equals(name.toLowerCase(Locale.ROOT));
        if (lower.equals(mail) || lower.equals(local) || isName) {
            return Optional.of("Choose a password that is not your email or name.");
        }
        return Optional.empty();
    }
}
