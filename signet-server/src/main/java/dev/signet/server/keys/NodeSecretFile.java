package dev.signet.server.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A single node's signing-key encryption key, in {@code DATA/signing-key-secret} (created on first
 * use, owner-only): used when no cluster secret is configured.
 */
final class NodeSecretFile {
    static final String FILE_NAME = "signing-key-secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NodeSecretFile() {}

    static boolean exists(Path file) {
        return Files.exists(file);
    }

    static SecretKey readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                createOwnerOnly(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
            byte[] bytes = Base64.getUrlDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (bytes.length != 32) {
                throw new IllegalStateException(file + " must hold 32 bytes (Base64url); it holds " + bytes.length);
            }
            return new SecretKeySpec(bytes, "AES");
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
