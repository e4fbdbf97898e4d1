package dev.coms.server.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals passcodes with AES-256-GCM under the server's key so the host can see them again, while a copy of the
 * database alone reveals nothing. The meeting id is bound as associated data, so a sealed value cannot be moved to
 * another meeting. See docs/decisions/0003-passcodes-hashed-and-sealed.md. Thread-safe.
 */
public final class PasscodeVault {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Supplier<byte[]> keySource;
    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    private PasscodeVault(Supplier<byte[]> keySource) {
        this.keySource = keySource;
    }

    /** A vault with a fixed key of 32 bytes. */
    public PasscodeVault(byte[] key) {
        this(() -> key);
        key();
    }

    /**
     * The key from the settings, else from the key file, which is created (owner-only) the first time a passcode is
     * sealed, so servers and tests that never see a private meeting leave no key behind.
     */
    public static PasscodeVault from(MeetingsSettings settings) {
        if (!settings.secretKey().isBlank()) {
            return new PasscodeVault(
                    Base64.getDecoder().decode(settings.secretKey().strip()));
        }
        Path file = settings.secretKeyFile();
        return new PasscodeVault(() -> {
            try {
                if (!Files.exists(file)) {
                    createKeyFile(file);
                }
                return Base64.getDecoder().decode(Files.readString(file).strip());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or create the server key " + file, e);
            }
        });
    }

    private synchronized SecretKey key() {
        if (key == null) {
            byte[] bytes = keySource.get();
            if (bytes.length != 32) {
                throw new IllegalArgumentException("The passcode key must be 32 bytes (Base64 of 256 bits).");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }

    private static void createKeyFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "server", ".key.tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the directory's permissions
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n");
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Seals {@code passcode} for {@code meetingId}. */
    public String seal(String meetingId, String passcode) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, meetingId, iv, passcode.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return VERSION + Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    /** Opens a sealed passcode; fails when it was sealed under another key or for another meeting. */
    public String open(String meetingId, String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("Unknown sealed passcode format");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        byte[] iv = Arrays.copyOf(in, IV_BYTES);
        byte[] body = Arrays.copyOfRange(in, IV_BYTES, in.length);
        return new String(crypt(Cipher.DECRYPT_MODE, meetingId, iv, body), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, String meetingId, byte[] iv, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(meetingId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Passcode could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened (wrong server key?)"),
                    e);
        }
    }
}
