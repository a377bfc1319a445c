package dev.signet.server.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private signing keys at rest with AES-256-GCM. The key lives in
 * {@code DATA/signing-key-secret} (created on first use, owner-only), not in the database, so a
 * database dump alone does not reveal the signing keys. The ciphertext is bound to the key ID
 * (associated data), so it cannot be moved to another row. Format: {@code v1.<iv>.<ciphertext>},
 * Base64url.
 */
public final class KeyEncryption {
    public static final String FILE_NAME = "signing-key-secret";
    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Path file;
    private volatile SecretKey key;

    public KeyEncryption(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public String encrypt(byte[] plaintext, String kid) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, kid);
            return VERSION + "." + B64.encodeToString(iv) + "." + B64.encodeToString(cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is always available", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} made for the same key ID.
     *
     * @throws IllegalStateException when the text was encrypted with another secret or altered
     */
    public byte[] decrypt(String encrypted, String kid) {
        String[] parts = encrypted.split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("private key of signing key " + kid + " is not in the " + VERSION
                    + " format");
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            return cipher(Cipher.DECRYPT_MODE, b64.decode(parts[1]), kid).doFinal(b64.decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt the private key of signing key " + kid + ": " + file
                    + " is not the secret it was encrypted with. Restore that file, or make a new key with "
                    + "'signet admin signing-key rotate'", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(readOrCreate(), "AES");
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] readOrCreate() {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                createOwnerOnly(file, B64.encodeToString(bytes));
            }
            byte[] bytes = Base64.getUrlDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (bytes.length != 32) {
                throw new IllegalStateException(file + " must hold 32 bytes (Base64url); it holds " + bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void createOwnerOnly(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(FILE_NAME + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, content + "\n", StandardCharsets.US_ASCII);
        try {
            // Never replaces an existing secret: if another process won the race, use its file.
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
        }
    }
}
