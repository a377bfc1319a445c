package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path data;

    @Test
    void copyWhenDoneTwiceThenOneOwnerOnlyFileEqualToTheJarsLibrary() throws IOException {
        Path dir = data.resolve(SqliteNativeLibrary.DIRECTORY);

        SqliteNativeLibrary.copy(dir);
        Path library = SqliteNativeLibrary.copy(dir);

        assertThat(library).isEqualTo(dir.resolve(LibraryLoaderUtil.getNativeLibName()));
        try (InputStream jar = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(jar.readAllBytes());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(library); // no temporary copy left behind
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }
}
