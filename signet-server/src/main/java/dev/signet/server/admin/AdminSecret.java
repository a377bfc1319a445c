package dev.signet.server.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin API secret: given (e.g. from {@code SIGNET_ADMIN_SECRET}), or read from
 * {@code DATA/admin-secret}, or created there on first start, readable by the owner only.
 */
public final class AdminSecret {
    public static final String FILE_NAME = "admin-secret";

    private AdminSecret() {}

    public static String resolve(String given, Path dataDir) {
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            createOwnerOnly(file);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin secret " + file, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // created concurrently: it will be overwritten with our secret, still owner-only
        }
    }
}
