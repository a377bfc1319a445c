package dev.signet.cli.broker.keys;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Files and directories of the key store: readable by their owner only, written whole. */
final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {}

    /** Makes {@code dir} (mode 0700) if it is not there. */
    static void createDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
            if (view != null) {
                view.setPermissions(PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code file} (created 0600 by the JDK), then
     * moves it in place, so a reader never sees half a file.
     */
    static void write(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".import-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
