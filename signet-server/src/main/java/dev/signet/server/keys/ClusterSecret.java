package dev.signet.server.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret every node sharing a database is given, from which the key that encrypts the
 * server's signing keys is derived (PBKDF2-HMAC-SHA256 with a fixed, purpose-bound salt: the
 * secret is the only input that varies, and every node must derive the same key). Checked for
 * length so that a short password is refused at start rather than trusted.
 */
public final class ClusterSecret {
    public static final int MIN_LENGTH = 32;
    private static final byte[] SALT = "signet/signing-key-encryption/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 210_000;

    private ClusterSecret() {}

    /**
     * The derived key, or {@code null} when neither a secret nor a file is given.
     *
     * @throws IllegalStateException when the secret is too short or the file unreadable (a message to show)
     */
    public static SecretKey derive(String secret, Path file) {
        String text = secret != null && !secret.isBlank() ? secret.trim() : file == null ? null : read(file);
        if (text == null) {
            return null;
        }
        if (text.length() < MIN_LENGTH) {
            throw new IllegalStateException("the cluster secret (security.cluster-secret) must have at least "
                    + MIN_LENGTH + " characters; make one with: openssl rand -base64 32");
        }
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] key = factory.generateSecret(new PBEKeySpec(text.toCharArray(), SALT, ITERATIONS, 256)).getEncoded();
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is always available", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            // No cause: the message is what the operator sees, and it names the file.
            throw new IllegalStateException("cannot read the cluster secret file " + file
                    + " (security.cluster-secret-file): " + e.getClass().getSimpleName());
        }
    }
}
