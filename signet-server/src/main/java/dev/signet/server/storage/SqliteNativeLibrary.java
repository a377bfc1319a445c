package dev.signet.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Puts SQLite's native library where the driver loads it without a check of its own: left to
 * itself, sqlite-jdbc copies the library out of its jar to the temporary directory and then compares
 * the copy with the jar's one byte per {@code read()} call, about a fifth of the server's start
 * (docs/memory-and-startup.md). Here it is copied in blocks to {@code DATA/native}, a directory only
 * the data directory's owner can write, under a temporary name and then renamed, so a process that
 * has the previous copy mapped keeps it. Anything amiss leaves the driver to its own way.
 */
final class SqliteNativeLibrary {
    static final String DIRECTORY = "native";
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";
    private static boolean prepared;

    private SqliteNativeLibrary() {}

    /** Once per process, and only where the operator has not pointed the driver at a library. */
    static synchronized void prepare(Path dataDir) {
        if (prepared || System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return;
        }
        prepared = true;
        Path library = copy(dataDir.resolve(DIRECTORY));
        if (library != null) {
            // The driver falls back to its own copy when loading this one fails (e.g. a noexec mount).
            System.setProperty(PATH, library.getParent().toString());
            System.setProperty(NAME, library.getFileName().toString());
        }
    }

    /** Copies the jar's library for this platform into {@code dir}; null when there is none or the copy failed. */
    static Path copy(Path dir) {
        String name = LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            if (in == null) {
                return null; // no library in the jar for this platform: the driver looks elsewhere
            }
            OwnerOnlyFiles.createDirectories(dir);
            Path copy = Files.createTempFile(dir, name, ".tmp"); // owner-only
            try {
                try (OutputStream out = Files.newOutputStream(copy)) { // into the owner-only file, not a new one
                    in.transferTo(out);
                }
                return Files.move(copy, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
