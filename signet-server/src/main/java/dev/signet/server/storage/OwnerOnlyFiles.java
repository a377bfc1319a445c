package dev.signet.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory holds the database, the admin secret and the key-encryption secret: what
 * Signet creates there is owner-only ({@code 0700} directories, {@code 0600} files) whatever the
 * umask. On a file system without POSIX permissions these only create.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    /** Creates {@code dir} and its missing parents, each owner-only; one that exists is left as it is. */
    public static void createDirectories(Path dir) {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            createDirectories(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute, attribute(absolute.getParent(), DIRECTORY));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created concurrently: fine, unless it is no directory
            if (!Files.isDirectory(absolute)) {
                throw new UncheckedIOException("cannot create the directory " + dir + ": a file is in the way", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory " + dir, e);
        }
    }

    /** Creates an empty owner-only file; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        Files.createFile(file, attribute(file.toAbsolutePath().getParent(), FILE));
    }

    /**
     * Makes {@code dir} and everything under it owner-only: for what a library created with the
     * umask's permissions (H2's database files).
     */
    public static void tighten(Path dir) {
        if (!Files.exists(dir) || !posix(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? DIRECTORY : FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir + " owner-only", e);
        }
    }

    private static FileAttribute<?>[] attribute(Path parent, Set<PosixFilePermission> permissions) {
        return parent != null && posix(parent) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        try {
            return Files.getFileStore(path).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }
}
