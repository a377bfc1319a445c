package dev.signet.server.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow password hashes with the JDK's PBKDF2-HMAC-SHA256 (600,000 iterations, what OWASP's
 * Password Storage Cheat Sheet asks of PBKDF2-HMAC-SHA256; its 210,000 are for SHA-512), a 16-byte
 * random salt and a 32-byte key, stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). Verification reads the iteration
 * count from the stored value, so raising it (it was 210,000) keeps old hashes valid; comparison
 * is constant-time.
 */
public final class PasswordHasher {
    public static final int ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final int iterations;
    private volatile String dummyHash;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** A hasher with another iteration count (tests of the format only; never below the default in production). */
    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        Objects.requireNonNull(password, "password must not be null");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + iterations + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether the password matches the stored hash (constant-time comparison); false for a malformed hash. */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of a verification, so an unknown username answers as slowly as a wrong password. */
    public void verifyNothing(char[] password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = dummyHash = hash("not a password".toCharArray());
        }
        verify(password, dummy);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is always available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Constant-time comparison of two strings, e.g. a CSRF token or the admin secret. */
    public static boolean sameSecret(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
