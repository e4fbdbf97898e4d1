package dev.coms.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed to clients (session tokens, join tickets, resume tokens, participant ids) and the hash under
 * which a secret is stored or looked up, so the secrets themselves are never kept. Thread-safe.
 */
public final class Secrets {

    /** Bytes of randomness in a token: 256 bits. */
    public static final int TOKEN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A new random secret of {@value #TOKEN_BYTES} bytes, URL-safe Base64 without padding. */
    public static String newToken() {
        return newToken(TOKEN_BYTES);
    }

    /** A new random value of {@code bytes} bytes, URL-safe Base64 without padding. */
    public static String newToken(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Hex SHA-256 of a secret; used wherever a secret is stored or looked up. */
    public static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
